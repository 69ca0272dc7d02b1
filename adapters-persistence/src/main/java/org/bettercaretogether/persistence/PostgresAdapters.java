package org.bettercaretogether.persistence;

import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.health.StoreHealth;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.referencedata.ReferenceDataReleases;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.persistence.community.CommunityStore;
import org.bettercaretogether.persistence.network.NetworkStore;
import org.bettercaretogether.persistence.partner.PartnerStore;
import org.bettercaretogether.persistence.referencedata.ReferenceDataStore;
import org.bettercaretogether.persistence.vanguard.VanguardStore;
import org.bettercaretogether.persistence.workstream.WorkstreamStore;
import org.jooq.DSLContext;

import javax.sql.DataSource;

/**
 * The application's outbound ports kept in PostgreSQL: what the composition root takes from this adapter.
 *
 * <p>All of them share one jOOQ context over {@code dataSource}, so a transaction opened through
 * {@link #transactions()} takes in whatever any of the repositories reads and writes on that thread. The schema
 * must be up to date first ({@link SchemaMigrations#migrate(DataSource)}); the caller owns the data source (usually
 * a {@link ConnectionPool}) and closes it. The ports are thread-safe and hold no state but the context.
 *
 * <pre>{@code
 * HikariDataSource pool = ConnectionPool.open(url, user, password);
 * SchemaMigrations.migrate(pool);
 * PostgresAdapters postgres = new PostgresAdapters(pool);
 * new DirectoryAdministration(postgres.transactions(), postgres.vanguard(), postgres.partners(), ...);
 * }</pre>
 */
public final class PostgresAdapters {

    private final Transactions transactions;
    private final VanguardRecord vanguard;
    private final Partners partners;
    private final ClinicalNetworks networks;
    private final Communities communities;
    private final Workstreams workstreams;
    private final ReferenceDataReleases releases;
    private final StoreHealth storeHealth;

    /** The ports over the connections of {@code dataSource}; connects to nothing yet. */
    public PostgresAdapters(DataSource dataSource) {
        DSLContext dsl = Jooq.dslContext(dataSource);
        this.transactions = new JooqTransactions(dsl);
        this.vanguard = VanguardStore.vanguard(dsl);
        this.partners = PartnerStore.partners(dsl);
        this.networks = NetworkStore.networks(dsl);
        this.communities = CommunityStore.communities(dsl);
        this.workstreams = WorkstreamStore.workstreams(dsl);
        this.releases = ReferenceDataStore.releases(dsl);
        this.storeHealth = new JooqStoreHealth(dsl, JooqStoreHealth.DEFAULT_DEADLINE);
    }

    /** The transaction boundary every other port here joins. */
    public Transactions transactions() {
        return transactions;
    }

    public VanguardRecord vanguard() {
        return vanguard;
    }

    public Partners partners() {
        return partners;
    }

    public ClinicalNetworks networks() {
        return networks;
    }

    public Communities communities() {
        return communities;
    }

    public Workstreams workstreams() {
        return workstreams;
    }

    /** The releases of reference data loaded; a claim joins the caller's transaction. */
    public ReferenceDataReleases releases() {
        return releases;
    }

    /** Whether PostgreSQL answers {@code select 1} within two seconds; never throws, never waits longer. */
    public StoreHealth storeHealth() {
        return storeHealth;
    }
}
