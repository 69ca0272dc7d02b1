package org.bettercaretogether.domain.community;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommunityHistoryTest {

    private static final CommunityId KENDAL = CommunityId.random();
    private static final CommunityId LAKES = CommunityId.random();
    private static final LocalDate SPRING = LocalDate.of(2025, 4, 1);
    private static final LocalDate SUMMER = LocalDate.of(2025, 7, 1);
    private static final LocalDate AUTUMN = LocalDate.of(2025, 10, 1);

    private final CommunityHistory fresh = CommunityHistory.empty(KENDAL);

    private static Renaming renaming(String from, String to, LocalDate on) {
        return new Renaming(from, Slug.fromName(from), to, Slug.fromName(to), on);
    }

    @Test
    void stages_are_kept_in_the_order_they_were_reached() {
        CommunityHistory history = fresh.reaching(new StageReached(DevelopmentStage.FORMING, SPRING))
                .reaching(new StageReached(DevelopmentStage.DEVELOPING, SUMMER))
                .reaching(new StageReached(DevelopmentStage.ESTABLISHED, SUMMER));

        assertThat(history.stages()).extracting(StageReached::stage).containsExactly(
                DevelopmentStage.FORMING, DevelopmentStage.DEVELOPING, DevelopmentStage.ESTABLISHED);
    }

    @Test
    void a_stage_dated_before_the_current_one_is_refused() {
        CommunityHistory developing = fresh.reaching(new StageReached(DevelopmentStage.DEVELOPING, SUMMER));

        assertThatThrownBy(() -> developing.reaching(new StageReached(DevelopmentStage.ESTABLISHED, SPRING)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("stageReachedOn"));
    }

    @Test
    void a_history_whose_stages_are_out_of_order_cannot_exist() {
        List<StageReached> backwards = List.of(new StageReached(DevelopmentStage.FORMING, SUMMER),
                new StageReached(DevelopmentStage.DEVELOPING, SPRING));

        assertThatThrownBy(() -> new CommunityHistory(KENDAL, backwards, List.of(), Optional.empty(), 0))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("stageReachedOn"));
    }

    @Test
    void every_former_address_is_remembered_in_order() {
        CommunityHistory history = fresh.renamed(renaming("Kendal", "Kendal and District", SPRING))
                .renamed(renaming("Kendal and District", "South Kendal", SUMMER));

        assertThat(history.formerSlugs()).containsExactly(new Slug("kendal"), new Slug("kendal-and-district"));
        assertThat(history.renamings()).extracting(Renaming::toName).containsExactly("Kendal and District", "South Kendal");
    }

    @Test
    void a_renaming_that_changes_nothing_is_refused() {
        assertThatThrownBy(() -> renaming("Kendal", "Kendal", SPRING)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_community_is_merged_from_the_day_the_merger_takes_effect() {
        CommunityHistory merged = fresh.mergedInto(new Merger(LAKES, "Lakes", SUMMER));

        assertThat(merged.mergedBy(SUMMER.minusDays(1))).isFalse();
        assertThat(merged.mergedBy(SUMMER)).isTrue();
        assertThat(merged.mergedBy(AUTUMN)).isTrue();
        assertThat(fresh.mergedBy(AUTUMN)).isFalse();
    }

    @Test
    void nothing_more_happens_to_a_community_once_merged() {
        CommunityHistory merged = fresh.mergedInto(new Merger(LAKES, "Lakes", SUMMER));

        assertThatThrownBy(() -> merged.reaching(new StageReached(DevelopmentStage.ESTABLISHED, AUTUMN)))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("merged into Lakes");
        assertThatThrownBy(() -> merged.renamed(renaming("Kendal", "Kendal and District", AUTUMN)))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> merged.mergedInto(new Merger(CommunityId.random(), "Bay", AUTUMN)))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void a_community_cannot_be_merged_into_itself() {
        assertThatThrownBy(() -> fresh.mergedInto(new Merger(KENDAL, "Kendal", SUMMER)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("into"));
    }

    @Test
    void changes_keep_what_happened_before() {
        CommunityHistory history = fresh.reaching(new StageReached(DevelopmentStage.FORMING, SPRING))
                .renamed(renaming("Kendal", "Kendal and District", SUMMER))
                .mergedInto(new Merger(LAKES, "Lakes", AUTUMN));

        assertThat(history.stages()).hasSize(1);
        assertThat(history.formerSlugs()).containsExactly(new Slug("kendal"));
        assertThat(history.merger()).map(Merger::into).contains(LAKES);
    }
}
