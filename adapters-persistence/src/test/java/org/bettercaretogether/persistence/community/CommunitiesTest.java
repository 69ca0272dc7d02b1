package org.bettercaretogether.persistence.community;

import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.Coverage;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.Population;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.community.StageReached;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.RowPositions.reversePositions;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_POSTCODE_DISTRICT;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_TOWN;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class CommunitiesTest {

    private static final Provenance APPROXIMATE = Provenance.unverified("general UK geography");

    private static DSLContext dsl;
    private static Communities communities;
    private static NetworkId southLakes;
    private static NetworkId furness;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        communities = postgres.port(Communities.class);
        southLakes = postgres.port(ClinicalNetworks.class).add(new ClinicalNetwork(NetworkId.random(), new Slug("south-lakes"),
                "South Lakes", "South Lakeland", APPROXIMATE, 0)).id();
        furness = postgres.port(ClinicalNetworks.class).add(new ClinicalNetwork(NetworkId.random(), new Slug("furness"),
                "Furness", "The Furness peninsula", APPROXIMATE, 0)).id();
    }

    @BeforeEach
    void noCommunities() {
        dsl.deleteFrom(COMMUNITY).execute();
    }

    @Test
    void reads_back_a_stored_community_equal_at_version_1_with_towns_and_districts_in_order() {
        IntegratedCareCommunity kendal = kendal();

        IntegratedCareCommunity stored = communities.add(kendal);

        assertThat(stored).isEqualTo(kendal.withVersion(1));
        assertThat(communities.find(kendal.id())).contains(stored);
    }

    @Test
    void reads_back_a_community_with_no_population_stage_town_or_district() {
        IntegratedCareCommunity bare = community("Lakes", southLakes, List.of(), List.of());

        communities.add(bare);

        assertThat(communities.find(bare.id())).contains(bare.withVersion(1));
    }

    @Test
    void reads_the_towns_and_districts_in_their_positions_whatever_order_the_rows_lie_in() {
        IntegratedCareCommunity stored = communities.add(kendal());
        UUID id = stored.id().value();
        reversePositions(dsl, COMMUNITY_TOWN, COMMUNITY_TOWN.COMMUNITY_ID, COMMUNITY_TOWN.POSITION, id, 3);
        reversePositions(dsl, COMMUNITY_POSTCODE_DISTRICT, COMMUNITY_POSTCODE_DISTRICT.COMMUNITY_ID,
                COMMUNITY_POSTCODE_DISTRICT.POSITION, id, 2);

        Optional<Coverage> read = communities.find(stored.id()).map(IntegratedCareCommunity::coverage);

        assertThat(read).map(Coverage::towns).contains(stored.coverage().towns().reversed());
        assertThat(read).map(Coverage::districts).contains(stored.coverage().districts().reversed());
    }

    @Test
    void finds_a_community_by_its_slug() {
        IntegratedCareCommunity kendal = communities.add(kendal());
        communities.add(community("Lakes", southLakes, List.of("Windermere"), List.of("LA23")));

        assertThat(communities.findBySlug(new Slug("kendal"))).contains(kendal);
        assertThat(communities.findBySlug(new Slug("grange"))).isEmpty();
    }

    @Test
    void lists_every_community_by_name() {
        for (String name : List.of("Millom", "Barrow Town", "Dalton & Ulverston", "Alfred Barrow")) {
            communities.add(community(name, furness, List.of(name), List.of()));
        }

        assertThat(communities.all()).extracting(IntegratedCareCommunity::name)
                .containsExactly("Alfred Barrow", "Barrow Town", "Dalton & Ulverston", "Millom");
    }

    @Test
    void an_update_bumps_the_version_and_replaces_the_towns_and_districts() {
        IntegratedCareCommunity stored = communities.add(kendal());
        IntegratedCareCommunity revised = new IntegratedCareCommunity(stored.id(), new Slug("kendal-and-staveley"),
                "Kendal and Staveley", furness,
                new Coverage(List.of("Staveley", "Kendal"), List.of(new PostcodeDistrict("LA8")),
                        Provenance.verified("the community's own map")),
                Optional.empty(), Optional.of(new StageReached(DevelopmentStage.ESTABLISHED, LocalDate.of(2018, 1, 15))),
                stored.version());

        Optional<IntegratedCareCommunity> updated = communities.update(revised);

        assertThat(updated).contains(revised.withVersion(2));
        assertThat(communities.find(stored.id())).isEqualTo(updated);
        assertThat(dsl.fetchCount(COMMUNITY_TOWN)).as("towns replaced, none left over").isEqualTo(2);
        assertThat(dsl.fetchCount(COMMUNITY_POSTCODE_DISTRICT)).as("districts replaced, none left over").isOne();
    }

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        IntegratedCareCommunity stored = communities.add(kendal());
        IntegratedCareCommunity first = communities.update(
                stored.reaching(new StageReached(DevelopmentStage.ESTABLISHED, LocalDate.of(2019, 4, 1)))).orElseThrow();

        Optional<IntegratedCareCommunity> stale = communities.update(new IntegratedCareCommunity(stored.id(),
                stored.slug(), stored.name(), furness, new Coverage(List.of("Oxenholme"), List.of(), APPROXIMATE),
                Optional.empty(), Optional.empty(), stored.version()));

        assertThat(stale).isEmpty();
        assertThat(communities.find(stored.id())).contains(first);
    }

    @Test
    void an_unknown_community_is_not_found_and_cannot_be_updated() {
        IntegratedCareCommunity neverStored = kendal().withVersion(1);

        assertThat(communities.find(neverStored.id())).isEmpty();
        assertThat(communities.update(neverStored)).isEmpty();
        assertThat(communities.all()).isEmpty();
    }

    /** A community using every column; its districts are not in alphabetical order. */
    private static IntegratedCareCommunity kendal() {
        return new IntegratedCareCommunity(CommunityId.random(), new Slug("kendal"), "Kendal", southLakes,
                new Coverage(List.of("Kendal", "Burneside", "Staveley"),
                        List.of(new PostcodeDistrict("LA9"), new PostcodeDistrict("LA8")), APPROXIMATE),
                Optional.of(new Population(31_500, "Registered GP practice population",
                        Provenance.verified("Kendal ICC profile"))),
                Optional.of(new StageReached(DevelopmentStage.DEVELOPING, LocalDate.of(2017, 6, 30))),
                0);
    }

    private static IntegratedCareCommunity community(String name, NetworkId network, List<String> towns,
                                                     List<String> districts) {
        return new IntegratedCareCommunity(CommunityId.random(), Slug.fromName(name), name, network,
                new Coverage(towns, districts.stream().map(PostcodeDistrict::new).toList(), APPROXIMATE),
                Optional.empty(), Optional.empty(), 0);
    }
}
