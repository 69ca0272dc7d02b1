package org.bettercaretogether.domain.priority;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalPriorityTest {

    static final CommunityId KENDAL = CommunityId.random();
    static final PartnerId OWNER = PartnerId.random();
    static final Instant AT = Instant.parse("2026-05-01T09:00:00Z");
    static final LocalDate FIRST_OF_MAY = LocalDate.of(2026, 5, 1);

    /** A proposed priority of Kendal at {@code rank}, added on 1 May 2026. */
    static LocalPriority priority(int rank, String title) {
        return LocalPriority.add(PriorityId.random(), KENDAL, rank, title, "What the community will do.",
                Set.of(TripleAimDimension.POPULATION_HEALTH), "Why it matters here.", Optional.empty(), OWNER,
                new StatusStep(PriorityStatus.PROPOSED, FIRST_OF_MAY), AT);
    }

    private static LocalPriority withSteps(List<StatusStep> steps, Set<TripleAimDimension> serves) {
        return new LocalPriority(PriorityId.random(), KENDAL, 1, "Falls prevention", "Fewer falls at home.", serves,
                "Falls are the first reason older people are admitted.", Optional.empty(), OWNER, steps, List.of(), 0);
    }

    @Test
    void a_new_priority_starts_with_its_status_and_one_event_in_its_history() {
        LocalPriority added = priority(2, "Falls prevention");

        assertThat(added.status()).isEqualTo(PriorityStatus.PROPOSED);
        assertThat(added.statusSince()).isEqualTo(FIRST_OF_MAY);
        assertThat(added.history()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(PriorityEvent.Kind.ADDED);
            assertThat(event.at()).isEqualTo(AT);
            assertThat(event.detail()).isEqualTo("Added at rank 2 as proposed");
        });
    }

    @Test
    void a_priority_serves_at_least_one_dimension_of_the_triple_aim() {
        assertThatThrownBy(() -> withSteps(List.of(new StatusStep(PriorityStatus.PROPOSED, FIRST_OF_MAY)), Set.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("serves"));
    }

    @Test
    void a_priority_has_at_least_the_status_it_started_with() {
        assertThatThrownBy(() -> withSteps(List.of(), Set.of(TripleAimDimension.COST)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("statusSteps"));
    }

    @Test
    void its_status_steps_are_dated_in_order() {
        List<StatusStep> backwards = List.of(new StatusStep(PriorityStatus.PROPOSED, FIRST_OF_MAY),
                new StatusStep(PriorityStatus.AGREED, FIRST_OF_MAY.minusDays(1)));

        assertThatThrownBy(() -> withSteps(backwards, Set.of(TripleAimDimension.COST)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("statusOn"));
    }

    @Test
    void two_steps_on_the_same_day_are_in_order() {
        LocalPriority sameDay = withSteps(List.of(new StatusStep(PriorityStatus.PROPOSED, FIRST_OF_MAY),
                new StatusStep(PriorityStatus.AGREED, FIRST_OF_MAY)), Set.of(TripleAimDimension.COST));

        assertThat(sameDay.status()).isEqualTo(PriorityStatus.AGREED);
    }

    @Test
    void moving_to_another_status_adds_a_dated_step_and_an_event() {
        LocalPriority agreed = priority(1, "Falls prevention")
                .moveTo(PriorityStatus.AGREED, FIRST_OF_MAY.plusDays(10), AT.plusSeconds(60));

        assertThat(agreed.status()).isEqualTo(PriorityStatus.AGREED);
        assertThat(agreed.statusSince()).isEqualTo(FIRST_OF_MAY.plusDays(10));
        assertThat(agreed.statusSteps()).extracting(StatusStep::status)
                .containsExactly(PriorityStatus.PROPOSED, PriorityStatus.AGREED);
        assertThat(agreed.history()).extracting(PriorityEvent::kind)
                .containsExactly(PriorityEvent.Kind.ADDED, PriorityEvent.Kind.STATUS);
        assertThat(agreed.history().getLast().detail()).isEqualTo("Proposed to Agreed");
    }

    @Test
    void moving_to_the_status_it_already_has_is_refused() {
        LocalPriority proposed = priority(1, "Falls prevention");

        assertThatThrownBy(() -> proposed.moveTo(PriorityStatus.PROPOSED, FIRST_OF_MAY.plusDays(1), AT))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("already proposed");
    }

    @Test
    void moving_to_a_status_dated_before_the_current_one_is_refused() {
        LocalPriority proposed = priority(1, "Falls prevention");

        assertThatThrownBy(() -> proposed.moveTo(PriorityStatus.AGREED, FIRST_OF_MAY.minusDays(1), AT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("statusOn"));
    }

    @Test
    void a_revision_and_a_new_rank_are_kept_in_the_history() {
        LocalPriority revised = priority(3, "Falls prevention")
                .revise("Falls and frailty", "Fewer falls.", Set.of(TripleAimDimension.QUALITY_OF_CARE), "Reason.",
                        Optional.empty(), OWNER, AT.plusSeconds(1))
                .atRank(1, AT.plusSeconds(2));

        assertThat(revised.title()).isEqualTo("Falls and frailty");
        assertThat(revised.rank()).isEqualTo(1);
        assertThat(revised.history()).extracting(PriorityEvent::kind).containsExactly(
                PriorityEvent.Kind.ADDED, PriorityEvent.Kind.REVISED, PriorityEvent.Kind.RANKED);
        assertThat(revised.history().getLast().detail()).isEqualTo("Rank 3 to 1");
    }

    @Test
    void staying_at_the_same_rank_records_nothing() {
        LocalPriority second = priority(2, "Falls prevention");

        assertThat(second.atRank(2, AT.plusSeconds(5))).isSameAs(second);
    }
}
