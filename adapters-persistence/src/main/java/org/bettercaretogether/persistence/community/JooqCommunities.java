package org.bettercaretogether.persistence.community;

import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.Coverage;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.Population;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.community.StageReached;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.persistence.jooq.tables.records.CommunityRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Row3;
import org.jooq.SelectField;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_POSTCODE_DISTRICT;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_TOWN;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * The Integrated Care Communities in the {@code community} table, with the towns and postcode districts each
 * covers in their own tables in list order ({@code position}). Read in one query (the lists as MULTISETs, the
 * optional population and stage as nested rows); written in a transaction of
 * their own, which becomes a savepoint inside the caller's. The rows become communities in {@link #community} and
 * communities become rows in {@link #communityRow}, {@link #townRows} and {@link #districtRows}, nowhere else.
 */
public final class JooqCommunities implements Communities {

    /** Names sort as Java's {@code String.compareTo} does, whatever the database's own collation. */
    private static final String BY_CODE_POINT = "C";

    private static final Field<List<String>> TOWNS = multiset(
            select(COMMUNITY_TOWN.NAME)
                    .from(COMMUNITY_TOWN)
                    .where(COMMUNITY_TOWN.COMMUNITY_ID.eq(COMMUNITY.ID))
                    .orderBy(COMMUNITY_TOWN.POSITION))
            .as("towns")
            .convertFrom(rows -> rows.map(town -> town.value1()));

    private static final Field<List<PostcodeDistrict>> DISTRICTS = multiset(
            select(COMMUNITY_POSTCODE_DISTRICT.DISTRICT)
                    .from(COMMUNITY_POSTCODE_DISTRICT)
                    .where(COMMUNITY_POSTCODE_DISTRICT.COMMUNITY_ID.eq(COMMUNITY.ID))
                    .orderBy(COMMUNITY_POSTCODE_DISTRICT.POSITION))
            .as("districts")
            .convertFrom(rows -> rows.map(district -> new PostcodeDistrict(district.value1())));

    /** Null when unknown: the table keeps the four columns all set or all null. */
    private static final SelectField<Population> POPULATION = row(COMMUNITY.POPULATION, COMMUNITY.POPULATION_BASIS,
            COMMUNITY.POPULATION_SOURCE, COMMUNITY.POPULATION_VERIFIED)
            .mapping((people, basis, source, verified) -> people == null ? null
                    : new Population(people, basis, new Provenance(source, verified)));

    /** Null when unknown: the table keeps the two columns both set or both null. */
    private static final SelectField<StageReached> STAGE = row(COMMUNITY.STAGE, COMMUNITY.STAGE_REACHED_ON)
            .mapping((stage, reachedOn) -> stage == null ? null
                    : new StageReached(DevelopmentStage.valueOf(stage), reachedOn));

    private final DSLContext dsl;

    public JooqCommunities(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<IntegratedCareCommunity> all() {
        return communitiesWhere(noCondition());
    }

    @Override
    public Optional<IntegratedCareCommunity> find(CommunityId id) {
        return communitiesWhere(COMMUNITY.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public Optional<IntegratedCareCommunity> findBySlug(Slug slug) {
        return communitiesWhere(COMMUNITY.SLUG.eq(slug.value())).stream().findFirst();
    }

    @Override
    public IntegratedCareCommunity add(IntegratedCareCommunity community) {
        IntegratedCareCommunity stored = community.withVersion(1);
        return dsl.transactionResult(() -> {
            dsl.insertInto(COMMUNITY).set(communityRow(stored)).execute();
            insertChildren(stored);
            return stored;
        });
    }

    @Override
    public Optional<IntegratedCareCommunity> update(IntegratedCareCommunity community) {
        IntegratedCareCommunity stored = community.withVersion(community.version() + 1);
        UUID id = community.id().value();
        return dsl.transactionResult(() -> {
            int updated = dsl.update(COMMUNITY).set(communityRow(stored))
                    .where(COMMUNITY.ID.eq(id).and(COMMUNITY.VERSION.eq(community.version())))
                    .execute();
            if (updated == 0) {
                return Optional.<IntegratedCareCommunity>empty();
            }
            dsl.deleteFrom(COMMUNITY_TOWN).where(COMMUNITY_TOWN.COMMUNITY_ID.eq(id)).execute();
            dsl.deleteFrom(COMMUNITY_POSTCODE_DISTRICT).where(COMMUNITY_POSTCODE_DISTRICT.COMMUNITY_ID.eq(id)).execute();
            insertChildren(stored);
            return Optional.of(stored);
        });
    }

    private List<IntegratedCareCommunity> communitiesWhere(Condition condition) {
        return dsl.select(COMMUNITY.ID, COMMUNITY.SLUG, COMMUNITY.NAME, COMMUNITY.NETWORK_ID, TOWNS, DISTRICTS,
                        COMMUNITY.COVERAGE_SOURCE, COMMUNITY.COVERAGE_VERIFIED, POPULATION, STAGE, COMMUNITY.VERSION)
                .from(COMMUNITY)
                .where(condition)
                .orderBy(COMMUNITY.NAME.collate(BY_CODE_POINT), COMMUNITY.ID)
                .fetch(Records.mapping(JooqCommunities::community));
    }

    private void insertChildren(IntegratedCareCommunity community) {
        List<Row3<UUID, Integer, String>> towns = townRows(community);
        if (!towns.isEmpty()) {
            dsl.insertInto(COMMUNITY_TOWN, COMMUNITY_TOWN.COMMUNITY_ID, COMMUNITY_TOWN.POSITION, COMMUNITY_TOWN.NAME)
                    .valuesOfRows(towns)
                    .execute();
        }
        List<Row3<UUID, Integer, String>> districts = districtRows(community);
        if (!districts.isEmpty()) {
            dsl.insertInto(COMMUNITY_POSTCODE_DISTRICT, COMMUNITY_POSTCODE_DISTRICT.COMMUNITY_ID,
                            COMMUNITY_POSTCODE_DISTRICT.POSITION, COMMUNITY_POSTCODE_DISTRICT.DISTRICT)
                    .valuesOfRows(districts)
                    .execute();
        }
    }

    // Rows to communities ---------------------------------------------------------------------------------------

    private static IntegratedCareCommunity community(UUID id, String slug, String name, UUID network,
                                                     List<String> towns, List<PostcodeDistrict> districts,
                                                     String coverageSource, Boolean coverageVerified,
                                                     Population population, StageReached stage, Long version) {
        return new IntegratedCareCommunity(new CommunityId(id), new Slug(slug), name, new NetworkId(network),
                new Coverage(towns, districts, new Provenance(coverageSource, coverageVerified)),
                Optional.ofNullable(population), Optional.ofNullable(stage), version);
    }

    // Communities to rows ---------------------------------------------------------------------------------------

    private CommunityRecord communityRow(IntegratedCareCommunity community) {
        CommunityRecord row = dsl.newRecord(COMMUNITY);
        row.setId(community.id().value());
        row.setSlug(community.slug().value());
        row.setName(community.name());
        row.setNetworkId(community.network().value());
        row.setCoverageSource(community.coverage().provenance().source());
        row.setCoverageVerified(community.coverage().provenance().verified());
        Optional<Population> population = community.population();
        row.setPopulation(population.map(Population::people).orElse(null));
        row.setPopulationBasis(population.map(Population::basis).orElse(null));
        row.setPopulationSource(population.map(counted -> counted.provenance().source()).orElse(null));
        row.setPopulationVerified(population.map(counted -> counted.provenance().verified()).orElse(null));
        row.setStage(community.stage().map(reached -> reached.stage().name()).orElse(null));
        row.setStageReachedOn(community.stage().map(StageReached::reachedOn).orElse(null));
        row.setVersion(community.version());
        return row;
    }

    private static List<Row3<UUID, Integer, String>> townRows(IntegratedCareCommunity community) {
        List<String> towns = community.coverage().towns();
        return IntStream.range(0, towns.size())
                .mapToObj(position -> row(community.id().value(), position, towns.get(position)))
                .toList();
    }

    private static List<Row3<UUID, Integer, String>> districtRows(IntegratedCareCommunity community) {
        List<PostcodeDistrict> districts = community.coverage().districts();
        return IntStream.range(0, districts.size())
                .mapToObj(position -> row(community.id().value(), position, districts.get(position).value()))
                .toList();
    }
}
