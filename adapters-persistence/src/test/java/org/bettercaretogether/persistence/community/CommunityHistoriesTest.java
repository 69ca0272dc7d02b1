package org.bettercaretogether.persistence.community;

import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.domain.community.CommunityHistory;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.community.Merger;
import org.bettercaretogether.domain.community.Renaming;
import org.bettercaretogether.domain.community.StageReached;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.persistence.CommunityLifeFixtures;
import org.bettercaretogether.persistence.CommunityLifeFixtures.Places;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.persistence.RowPositions.reversePositions;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_HISTORY;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_HISTORY_RENAMING;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_HISTORY_STAGE;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class CommunityHistoriesTest {

    private static final LocalDate START = LocalDate.of(2015, 4, 1);
    private static final Renaming TO_SOUTH_LAKES = new Renaming("Kendal", new Slug("kendal"), "South Lakes",
            new Slug("south-lakes"), START.plusYears(2));
    private static final Renaming TO_KENDAL_AND_DISTRICT = new Renaming("South Lakes", new Slug("south-lakes"),
            "Kendal and District", new Slug("kendal-and-district"), START.plusYears(3));

    private static DSLContext dsl;
    private static CommunityHistories histories;
    private static Places places;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        histories = postgres.port(CommunityHistories.class);
        places = CommunityLifeFixtures.places(postgres);
    }

    @BeforeEach
    void noHistories() {
        dsl.deleteFrom(COMMUNITY_HISTORY).execute();
    }

    @Test
    void a_community_nothing_has_happened_to_has_an_empty_history_at_version_0() {
        assertThat(histories.of(places.kendal())).isEqualTo(CommunityHistory.empty(places.kendal()));
        assertThat(histories.of(places.kendal()).version()).isZero();
        assertThat(histories.all()).isEmpty();
        assertThat(histories.withFormerSlug(new Slug("kendal"))).isEmpty();
    }

    @Test
    void a_first_history_is_inserted_at_version_1_and_read_back_equal_with_stages_renamings_and_merger() {
        CommunityHistory history = CommunityHistory.empty(places.kendal())
                .reaching(new StageReached(DevelopmentStage.FORMING, START))
                .reaching(new StageReached(DevelopmentStage.DEVELOPING, START.plusYears(1)))
                .renamed(TO_SOUTH_LAKES)
                .renamed(TO_KENDAL_AND_DISTRICT)
                .mergedInto(new Merger(places.barrow(), "Barrow-in-Furness", START.plusYears(4)));

        Optional<CommunityHistory> saved = histories.save(history);

        assertThat(saved).contains(history.withVersion(1));
        assertThat(histories.of(places.kendal())).isEqualTo(saved.orElseThrow());
    }

    @Test
    void a_history_of_stages_only_without_renaming_or_merger_reads_back_equal() {
        CommunityHistory history = CommunityHistory.empty(places.barrow())
                .reaching(new StageReached(DevelopmentStage.ESTABLISHED, START));

        CommunityHistory saved = histories.save(history).orElseThrow();

        assertThat(saved).isEqualTo(history.withVersion(1));
        assertThat(histories.of(places.barrow())).isEqualTo(saved);
    }

    @Test
    void a_first_history_for_a_community_whose_history_was_started_meanwhile_is_not_stored() {
        CommunityHistory first = histories.save(CommunityHistory.empty(places.kendal())
                .reaching(new StageReached(DevelopmentStage.FORMING, START))).orElseThrow();

        Optional<CommunityHistory> second = histories.save(CommunityHistory.empty(places.kendal())
                .renamed(TO_SOUTH_LAKES));

        assertThat(second).isEmpty();
        assertThat(histories.of(places.kendal())).isEqualTo(first);
    }

    @Test
    void an_update_bumps_the_version_and_appends_what_happened_since() {
        CommunityHistory stored = histories.save(CommunityHistory.empty(places.kendal())
                .reaching(new StageReached(DevelopmentStage.FORMING, START))
                .renamed(TO_SOUTH_LAKES)).orElseThrow();
        CommunityHistory changed = stored
                .reaching(new StageReached(DevelopmentStage.DEVELOPING, START.plusYears(2)))
                .renamed(TO_KENDAL_AND_DISTRICT)
                .mergedInto(new Merger(places.barrow(), "Barrow-in-Furness", START.plusYears(5)));

        Optional<CommunityHistory> updated = histories.save(changed);

        assertThat(updated).contains(changed.withVersion(2));
        assertThat(histories.of(places.kendal())).isEqualTo(updated.orElseThrow());
        assertThat(dsl.fetchCount(COMMUNITY_HISTORY_STAGE)).isEqualTo(2);
        assertThat(dsl.fetchCount(COMMUNITY_HISTORY_RENAMING)).isEqualTo(2);
    }

    @Test
    void a_history_changed_by_someone_else_since_it_was_read_is_not_overwritten() {
        CommunityHistory read = histories.save(CommunityHistory.empty(places.kendal())
                .reaching(new StageReached(DevelopmentStage.FORMING, START))).orElseThrow();
        CommunityHistory first = histories.save(read.renamed(TO_SOUTH_LAKES)).orElseThrow();

        Optional<CommunityHistory> stale = histories.save(read.reaching(new StageReached(DevelopmentStage.DEVELOPING,
                START.plusYears(1))));

        assertThat(stale).isEmpty();
        assertThat(histories.of(places.kendal())).isEqualTo(first);
        assertThat(histories.save(CommunityHistory.empty(places.barrow()).withVersion(1))).as("never stored")
                .isEmpty();
    }

    @Test
    void finds_a_community_by_any_address_it_had_before_its_current_one() {
        CommunityHistory kendal = histories.save(CommunityHistory.empty(places.kendal())
                .renamed(TO_SOUTH_LAKES).renamed(TO_KENDAL_AND_DISTRICT)).orElseThrow();
        histories.save(CommunityHistory.empty(places.barrow())
                .reaching(new StageReached(DevelopmentStage.FORMING, START))).orElseThrow();

        assertThat(histories.withFormerSlug(new Slug("kendal"))).contains(kendal);
        assertThat(histories.withFormerSlug(new Slug("south-lakes"))).contains(kendal);
        assertThat(histories.withFormerSlug(new Slug("kendal-and-district"))).as("its current address").isEmpty();
        assertThat(histories.withFormerSlug(new Slug("barrow-in-furness"))).isEmpty();
    }

    @Test
    void lists_the_stored_histories_in_the_order_of_their_communities_names() {
        CommunityHistory kendal = histories.save(CommunityHistory.empty(places.kendal())
                .renamed(TO_SOUTH_LAKES)).orElseThrow();
        CommunityHistory barrow = histories.save(CommunityHistory.empty(places.barrow())
                .reaching(new StageReached(DevelopmentStage.FORMING, START))).orElseThrow();

        assertThat(histories.all()).containsExactly(barrow, kendal);
    }

    @Test
    void reads_the_stages_and_renamings_in_their_order_whatever_order_the_rows_lie_in() {
        CommunityHistory stored = histories.save(CommunityHistory.empty(places.kendal())
                .reaching(new StageReached(DevelopmentStage.FORMING, START))
                .reaching(new StageReached(DevelopmentStage.DEVELOPING, START.plusYears(1)))
                .renamed(TO_SOUTH_LAKES).renamed(TO_KENDAL_AND_DISTRICT)).orElseThrow();
        CommunityId kendal = places.kendal();
        reversePositions(dsl, COMMUNITY_HISTORY_RENAMING, COMMUNITY_HISTORY_RENAMING.COMMUNITY_ID,
                COMMUNITY_HISTORY_RENAMING.POSITION, kendal.value(), 2);

        CommunityHistory read = histories.of(kendal);

        assertThat(read.renamings()).containsExactlyElementsOf(stored.renamings().reversed());
        assertThat(read.stages()).containsExactlyElementsOf(stored.stages());
    }

    @Test
    void a_history_shorter_than_the_stored_one_is_refused_and_nothing_changes() {
        CommunityHistory stored = histories.save(CommunityHistory.empty(places.kendal())
                .renamed(TO_SOUTH_LAKES).renamed(TO_KENDAL_AND_DISTRICT)).orElseThrow();
        CommunityHistory forgetful = new CommunityHistory(places.kendal(), List.of(), List.of(TO_SOUTH_LAKES),
                Optional.empty(), stored.version());

        assertThatThrownBy(() -> histories.save(forgetful)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only grows");
        assertThat(histories.of(places.kendal())).isEqualTo(stored);
    }
}
