package org.bettercaretogether.persistence.network;

import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
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
import static org.bettercaretogether.persistence.jooq.Tables.CLINICAL_NETWORK;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class ClinicalNetworksTest {

    private static DSLContext dsl;
    private static ClinicalNetworks networks;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        networks = new PostgresAdapters(dataSource).port(ClinicalNetworks.class);
    }

    @BeforeEach
    void noNetworks() {
        dsl.deleteFrom(CLINICAL_NETWORK).execute();
    }

    @Test
    void reads_back_a_stored_network_equal_at_version_1() {
        ClinicalNetwork furness = network("Furness", Provenance.unverified("Inferred from the programme's area"));

        ClinicalNetwork stored = networks.add(furness);

        assertThat(stored).isEqualTo(furness.withVersion(1));
        assertThat(networks.find(furness.id())).contains(stored);
    }

    @Test
    void finds_a_network_by_its_slug() {
        ClinicalNetwork southLakes = networks.add(network("South Lakes", Provenance.verified("a programme map")));
        networks.add(network("Furness", Provenance.verified("a programme map")));

        assertThat(networks.findBySlug(new Slug("south-lakes"))).contains(southLakes);
        assertThat(networks.findBySlug(new Slug("north-lancashire"))).isEmpty();
    }

    @Test
    void lists_every_network_by_name() {
        for (String name : List.of("South Lakes", "Furness", "North Lancashire")) {
            networks.add(network(name, Provenance.verified("a programme map")));
        }

        assertThat(networks.all()).extracting(ClinicalNetwork::name)
                .containsExactly("Furness", "North Lancashire", "South Lakes");
    }

    @Test
    void an_update_bumps_the_version_and_stores_the_change() {
        ClinicalNetwork stored = networks.add(network("Furness", Provenance.unverified("inferred")));
        ClinicalNetwork revised = new ClinicalNetwork(stored.id(), new Slug("furness-and-millom"), "Furness and Millom",
                "From Barrow-in-Furness to Millom.", Provenance.verified("a programme map"), stored.version());

        Optional<ClinicalNetwork> updated = networks.update(revised);

        assertThat(updated).contains(revised.withVersion(2));
        assertThat(networks.find(stored.id())).isEqualTo(updated);
    }

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        ClinicalNetwork stored = networks.add(network("Furness", Provenance.unverified("inferred")));
        ClinicalNetwork first = networks.update(new ClinicalNetwork(stored.id(), stored.slug(), "Furness peninsula",
                stored.description(), stored.grouping(), stored.version())).orElseThrow();

        Optional<ClinicalNetwork> stale = networks.update(new ClinicalNetwork(stored.id(), stored.slug(), "West",
                stored.description(), stored.grouping(), stored.version()));

        assertThat(stale).isEmpty();
        assertThat(networks.find(stored.id())).contains(first);
    }

    @Test
    void an_unknown_network_is_not_found_and_cannot_be_updated() {
        ClinicalNetwork neverStored = network("Furness", Provenance.unverified("inferred")).withVersion(1);

        assertThat(networks.find(neverStored.id())).isEmpty();
        assertThat(networks.update(neverStored)).isEmpty();
        assertThat(networks.all()).isEmpty();
    }

    private static ClinicalNetwork network(String name, Provenance grouping) {
        return new ClinicalNetwork(NetworkId.random(), Slug.fromName(name), name,
                "The communities of " + name + ".", grouping, 0);
    }
}
