package org.bettercaretogether.persistence;

import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.directory.DirectoryAdministrationService;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.partner.PartnerKind;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.persistence.jooq.Tables.CLINICAL_NETWORK;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER;

/** The application's transaction boundary, through {@link PostgresAdapters} as the composition root wires it. */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class TransactionBoundaryTest {

    private static DSLContext dsl;
    private static PostgresAdapters postgres;
    private static Transactions transactions;
    private static Partners partners;
    private static ClinicalNetworks networks;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        postgres = new PostgresAdapters(dataSource);
        transactions = postgres.port(Transactions.class);
        partners = postgres.port(Partners.class);
        networks = postgres.port(ClinicalNetworks.class);
    }

    @BeforeEach
    void emptyTables() {
        dsl.deleteFrom(PARTNER).execute();
        dsl.deleteFrom(CLINICAL_NETWORK).execute();
    }

    @Test
    void work_that_throws_leaves_nothing_in_any_repository() {
        IllegalStateException failure = new IllegalStateException("the work failed after two writes");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            partners.add(partner("Lancashire County Council"));
            networks.add(network("furness"));
            throw failure;
        })).as("the work's own exception, not wrapped").isSameAs(failure);

        assertThat(partners.all()).isEmpty();
        assertThat(networks.all()).isEmpty();
    }

    @Test
    void work_that_completes_commits_every_repository_and_answers_its_result() {
        String answer = transactions.inTransaction(() -> {
            partners.add(partner("Lancashire County Council"));
            networks.add(network("furness"));
            return "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(partners.all()).hasSize(1);
        assertThat(networks.all()).hasSize(1);
    }

    @Test
    void a_nested_transaction_that_throws_undoes_only_its_own_work() {
        transactions.inTransaction(() -> {
            partners.add(partner("Before"));
            assertThatThrownBy(() -> transactions.inTransaction(() -> {
                partners.add(partner("Inside"));
                throw new IllegalStateException("the nested work failed");
            })).hasMessage("the nested work failed");
            partners.add(partner("After"));
            return null;
        });

        assertThat(partners.all()).extracting(Partner::name).containsExactly("After", "Before");
    }

    @Test
    void nested_work_is_undone_when_the_outer_work_fails_afterwards() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.inTransaction(() -> partners.add(partner("Inside")));
            throw new IllegalStateException("the outer work failed");
        })).hasMessage("the outer work failed");

        assertThat(partners.all()).isEmpty();
    }

    @Test
    void the_application_services_nest_their_transactions_inside_the_callers() {
        DirectoryAdministrationService directory = new DirectoryAdministrationService(transactions, postgres.port(VanguardRecord.class), partners,
                networks, postgres.port(Communities.class), postgres.port(Workstreams.class));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            directory.addPartner(partner("Lancashire County Council")).orElseThrow();
            directory.addNetwork(network("furness")).orElseThrow();
            throw new IllegalStateException("the caller failed after both use cases");
        })).hasMessage("the caller failed after both use cases");
        transactions.inTransaction(() -> directory.addNetwork(network("south-lakes")).orElseThrow());

        assertThat(partners.all()).isEmpty();
        assertThat(networks.all()).extracting(ClinicalNetwork::slug).containsExactly(new Slug("south-lakes"));
    }

    private static Partner partner(String name) {
        return Partner.newPartner(PartnerId.random(), name, PartnerKind.LOCAL_AUTHORITY, List.of(), Optional.empty(),
                "Social care");
    }

    private static ClinicalNetwork network(String slug) {
        return new ClinicalNetwork(NetworkId.random(), new Slug(slug), "Network " + slug, "Some communities",
                Provenance.unverified("inferred"), 0);
    }
}
