package org.bettercaretogether.domain.change;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.bettercaretogether.domain.workstream.WorkstreamId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeMadeTest {

    private static final LocalDate PLANNED_ON = LocalDate.of(2026, 9, 1);
    private static final FeedbackId VIEW = FeedbackId.random();
    private static final ThemeId TRAVEL = ThemeId.random();

    @Test
    void a_change_starts_planned_with_no_start_or_made_day() {
        ChangeMade change = planned();

        assertThat(change.status()).isEqualTo(ChangeStatus.PLANNED);
        assertThat(change.startedOn()).isEmpty();
        assertThat(change.madeOn()).isEmpty();
        assertThat(change.views()).containsExactly(VIEW);
    }

    @Test
    void a_change_moves_forward_one_step_at_a_time_each_step_dated() {
        ChangeMade started = planned().advance(ChangeStatus.IN_PROGRESS, LocalDate.of(2026, 10, 1));
        ChangeMade made = started.advance(ChangeStatus.MADE, LocalDate.of(2026, 11, 2));

        assertThat(started.startedOn()).contains(LocalDate.of(2026, 10, 1));
        assertThat(started.madeOn()).isEmpty();
        assertThat(made.status()).isEqualTo(ChangeStatus.MADE);
        assertThat(made.startedOn()).contains(LocalDate.of(2026, 10, 1));
        assertThat(made.madeOn()).contains(LocalDate.of(2026, 11, 2));
    }

    @Test
    void the_consultation_a_change_came_from_stays_with_it_as_it_moves_on_and_is_revised() {
        ConsultationId consultation = ConsultationId.random();
        ChangeMade linked = planned().cameFrom(Optional.of(consultation));

        ChangeMade moved = linked.advance(ChangeStatus.MADE, LocalDate.of(2026, 11, 2));
        ChangeMade revised = moved.revise("Later buses", "Until 22:00.", linked.community(), Optional.empty(),
                Set.of(), Set.of());

        assertThat(planned().consultation()).isEmpty();
        assertThat(moved.consultation()).contains(consultation);
        assertThat(revised.consultation()).contains(consultation);
        assertThat(revised.cameFrom(Optional.empty()).consultation()).isEmpty();
    }

    @Test
    void a_change_made_in_one_step_starts_and_ends_that_day() {
        ChangeMade made = planned().advance(ChangeStatus.MADE, LocalDate.of(2026, 10, 5));

        assertThat(made.startedOn()).contains(LocalDate.of(2026, 10, 5));
        assertThat(made.madeOn()).contains(LocalDate.of(2026, 10, 5));
    }

    @Test
    void a_change_never_moves_backwards_nor_stands_still() {
        ChangeMade started = planned().advance(ChangeStatus.IN_PROGRESS, LocalDate.of(2026, 10, 1));
        ChangeMade made = started.advance(ChangeStatus.MADE, LocalDate.of(2026, 11, 2));

        assertThatThrownBy(() -> planned().advance(ChangeStatus.PLANNED, PLANNED_ON))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> started.advance(ChangeStatus.IN_PROGRESS, LocalDate.of(2026, 10, 2)))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> made.advance(ChangeStatus.IN_PROGRESS, LocalDate.of(2026, 11, 3)))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("made cannot become in progress");
    }

    @Test
    void a_change_cannot_start_before_it_was_planned_nor_be_made_before_it_started() {
        ChangeMade started = planned().advance(ChangeStatus.IN_PROGRESS, LocalDate.of(2026, 10, 1));

        assertThatThrownBy(() -> planned().advance(ChangeStatus.IN_PROGRESS, PLANNED_ON.minusDays(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("startedOn:");
        assertThatThrownBy(() -> started.advance(ChangeStatus.MADE, LocalDate.of(2026, 9, 30)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("madeOn:");
        assertThat(planned().advance(ChangeStatus.IN_PROGRESS, PLANNED_ON).startedOn()).contains(PLANNED_ON);
    }

    @Test
    void the_days_given_must_match_the_status() {
        assertThatThrownBy(() -> change(ChangeStatus.PLANNED, Optional.of(PLANNED_ON), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("startedOn:");
        assertThatThrownBy(() -> change(ChangeStatus.IN_PROGRESS, Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("startedOn:");
        assertThatThrownBy(() -> change(ChangeStatus.IN_PROGRESS, Optional.of(PLANNED_ON), Optional.of(PLANNED_ON)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("madeOn:");
        assertThatThrownBy(() -> change(ChangeStatus.MADE, Optional.of(PLANNED_ON), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("madeOn:");
    }

    @Test
    void revising_the_wording_place_and_links_keeps_the_status_and_days() {
        ChangeMade started = planned().advance(ChangeStatus.IN_PROGRESS, LocalDate.of(2026, 10, 1)).withVersion(3);
        WorkstreamId elective = WorkstreamId.random();
        FeedbackId another = FeedbackId.random();

        ChangeMade revised = started.revise("  Evening clinics in Kendal ", "Two evening clinics a week.",
                Optional.empty(), Optional.of(elective), Set.of(VIEW, another), Set.of());

        assertThat(revised.title()).isEqualTo("Evening clinics in Kendal");
        assertThat(revised.status()).isEqualTo(ChangeStatus.IN_PROGRESS);
        assertThat(revised.plannedOn()).isEqualTo(PLANNED_ON);
        assertThat(revised.startedOn()).isEqualTo(started.startedOn());
        assertThat(revised.madeOn()).isEmpty();
        assertThat(revised.version()).isEqualTo(3);
        assertThat(revised.workstream()).contains(elective);
        assertThat(revised.community()).isEmpty();
        assertThat(revised.views()).containsExactlyInAnyOrder(VIEW, another);
        assertThat(revised.themes()).isEmpty();
    }

    @Test
    void a_change_has_a_title_and_a_description() {
        assertThatThrownBy(() -> ChangeMade.planned(ChangeId.random(), " ", "Described", Optional.empty(),
                Optional.empty(), PLANNED_ON, Set.of(), Set.of())).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("title:");
        assertThatThrownBy(() -> ChangeMade.planned(ChangeId.random(), "Titled", "x".repeat(5_001), Optional.empty(),
                Optional.empty(), PLANNED_ON, Set.of(), Set.of())).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("description:");
    }

    @Test
    void a_change_belongs_to_a_community_or_a_workstream_never_both() {
        assertThatThrownBy(() -> ChangeMade.planned(ChangeId.random(), "Later buses", "The last bus leaves at 21:00.",
                Optional.of(CommunityId.random()), Optional.of(WorkstreamId.random()), PLANNED_ON, Set.of(), Set.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("workstream");
    }

    private static ChangeMade planned() {
        return ChangeMade.planned(ChangeId.random(), "Later buses to Westmorland General",
                "The last bus now leaves the hospital at 21:00.", Optional.of(CommunityId.random()), Optional.empty(),
                PLANNED_ON, Set.of(VIEW), Set.of(TRAVEL));
    }

    private static ChangeMade change(ChangeStatus status, Optional<LocalDate> startedOn, Optional<LocalDate> madeOn) {
        return new ChangeMade(ChangeId.random(), "Title", "Description", Optional.empty(), Optional.empty(), status,
                PLANNED_ON, startedOn, madeOn, Set.of(), Set.of(), Optional.empty(), 0);
    }
}
