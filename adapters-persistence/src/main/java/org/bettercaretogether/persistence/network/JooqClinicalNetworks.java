package org.bettercaretogether.persistence.network;

import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.persistence.jooq.tables.records.ClinicalNetworkRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.CLINICAL_NETWORK;
import static org.jooq.impl.DSL.noCondition;

/**
 * The clinical networks in the {@code clinical_network} table. The rows become networks in {@link #network} and
 * networks become rows in {@link #networkRow}, nowhere else.
 */
public final class JooqClinicalNetworks implements ClinicalNetworks {

    /** Names sort as Java's {@code String.compareTo} does, whatever the database's own collation. */
    private static final String BY_CODE_POINT = "C";

    private final DSLContext dsl;

    public JooqClinicalNetworks(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ClinicalNetwork> all() {
        return networksWhere(noCondition());
    }

    @Override
    public Optional<ClinicalNetwork> find(NetworkId id) {
        return networksWhere(CLINICAL_NETWORK.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public Optional<ClinicalNetwork> findBySlug(Slug slug) {
        return networksWhere(CLINICAL_NETWORK.SLUG.eq(slug.value())).stream().findFirst();
    }

    @Override
    public ClinicalNetwork add(ClinicalNetwork network) {
        ClinicalNetwork stored = network.withVersion(1);
        dsl.insertInto(CLINICAL_NETWORK).set(networkRow(stored)).execute();
        return stored;
    }

    @Override
    public Optional<ClinicalNetwork> update(ClinicalNetwork network) {
        ClinicalNetwork stored = network.withVersion(network.version() + 1);
        int updated = dsl.update(CLINICAL_NETWORK).set(networkRow(stored))
                .where(CLINICAL_NETWORK.ID.eq(network.id().value())
                        .and(CLINICAL_NETWORK.VERSION.eq(network.version())))
                .execute();
        return updated == 0 ? Optional.empty() : Optional.of(stored);
    }

    private List<ClinicalNetwork> networksWhere(Condition condition) {
        return dsl.select(CLINICAL_NETWORK.ID, CLINICAL_NETWORK.SLUG, CLINICAL_NETWORK.NAME,
                        CLINICAL_NETWORK.DESCRIPTION, CLINICAL_NETWORK.GROUPING_SOURCE,
                        CLINICAL_NETWORK.GROUPING_VERIFIED, CLINICAL_NETWORK.VERSION)
                .from(CLINICAL_NETWORK)
                .where(condition)
                .orderBy(CLINICAL_NETWORK.NAME.collate(BY_CODE_POINT), CLINICAL_NETWORK.ID)
                .fetch(Records.mapping(JooqClinicalNetworks::network));
    }

    private static ClinicalNetwork network(UUID id, String slug, String name, String description,
                                           String groupingSource, Boolean groupingVerified, Long version) {
        return new ClinicalNetwork(new NetworkId(id), new Slug(slug), name, description,
                new Provenance(groupingSource, groupingVerified), version);
    }

    private ClinicalNetworkRecord networkRow(ClinicalNetwork network) {
        ClinicalNetworkRecord row = dsl.newRecord(CLINICAL_NETWORK);
        row.setId(network.id().value());
        row.setSlug(network.slug().value());
        row.setName(network.name());
        row.setDescription(network.description());
        row.setGroupingSource(network.grouping().source());
        row.setGroupingVerified(network.grouping().verified());
        row.setVersion(network.version());
        return row;
    }
}
