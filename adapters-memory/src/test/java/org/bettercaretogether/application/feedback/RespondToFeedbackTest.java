package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.FeedbackStatus;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.staff.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.feedback.FeedbackWorld.COUNCIL;
import static org.bettercaretogether.application.feedback.FeedbackWorld.HOSPITALS;
import static org.bettercaretogether.application.feedback.FeedbackWorld.aView;
import static org.bettercaretogether.application.feedback.FeedbackWorld.invalidFields;
import static org.bettercaretogether.application.feedback.FeedbackWorld.rejection;

/** A view is passed to a partner, which answers it within twenty working days. */
class RespondToFeedbackTest {

    private static final String HOSPITALS_NAME = "University Hospitals of Morecambe Bay NHS Foundation Trust";

    private final FeedbackWorld world = new FeedbackWorld();

    @Test
    void an_answer_is_due_twenty_working_days_after_the_day_the_view_was_received() {
        FeedbackReference online = world.submit(aView()).reference();
        FeedbackReference letter = world.app.enterFeedback().enter(world.moderator, new EnteredView(aView().build(),
                Channel.LETTER, LocalDate.of(2026, 12, 1), Optional.empty())).orElseThrow();

        Feedback assignedOnline = world.assign(online, HOSPITALS);
        Feedback assignedLetter = world.assign(letter, HOSPITALS);

        // Received Monday 14 December 2026: 20 working days on, past Christmas and New Year, is Thursday 14 January.
        assertThat(assignedOnline.assignment().orElseThrow().dueOn()).isEqualTo(LocalDate.of(2027, 1, 14));
        // Received Tuesday 1 December 2026: 17 working days to Christmas Eve, then 29, 30 and 31 December.
        assertThat(assignedLetter.assignment().orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(world.app.moderateFeedback().view(world.moderator, assignedOnline.id()).orElseThrow()
                .assignedPartnerName()).contains(HOSPITALS_NAME);
    }

    @Test
    void a_view_is_assigned_only_to_a_partner_of_the_programme_and_by_staff_who_triage() {
        Feedback view = world.stored(world.submit(aView()).reference());

        assertThat(invalidFields(world.app.moderateFeedback().assign(world.moderator, view.id(), view.version(),
                PartnerId.random()))).containsExactly("partner");
        assertThat(rejection(world.app.moderateFeedback().assign(world.hospitalResponder, view.id(), view.version(),
                HOSPITALS))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(world.app.moderateFeedback().assign(world.engagementOfficer, view.id(), view.version(), HOSPITALS))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_responder_sees_only_their_own_organisations_views_waiting_soonest_due_first() {
        FeedbackReference hospitalsLater = world.publishedAndAssigned(aView(), HOSPITALS);
        FeedbackReference council = world.publishedAndAssigned(aView(), COUNCIL);
        FeedbackReference hospitalsSooner = world.app.enterFeedback().enter(world.moderator, new EnteredView(
                aView().build(), Channel.PHONE, LocalDate.of(2026, 12, 1), Optional.empty())).orElseThrow();
        world.assign(hospitalsSooner, HOSPITALS);

        AwaitingAnswer forHospitals = awaiting(world.hospitalResponder).orElseThrow();
        AwaitingAnswer forCouncil = awaiting(world.councilResponder).orElseThrow();
        AwaitingAnswer forModerator = awaiting(world.moderator).orElseThrow();

        assertThat(forHospitals.items()).extracting(view -> view.feedback().reference())
                .containsExactly(hospitalsSooner, hospitalsLater);
        assertThat(forHospitals.waiting()).isEqualTo(2);
        assertThat(forCouncil.items()).extracting(view -> view.feedback().reference()).containsExactly(council);
        assertThat(forModerator.items()).hasSize(3);
        assertThat(forModerator.waiting()).isEqualTo(3);
        assertThat(forHospitals.overdue()).isZero();
        assertThat(rejection(awaiting(
                FeedbackWorld.staff(HOSPITALS)))).isInstanceOf(Rejection.Forbidden.class);
    }

    @Test
    void a_view_not_answered_by_its_due_day_is_overdue_the_day_after() {
        FeedbackReference reference = world.publishedAndAssigned(aView(), HOSPITALS);

        world.moveTo(Instant.parse("2027-01-14T23:30:00Z"));
        AwaitingAnswer onTheDueDay = awaiting(world.hospitalResponder).orElseThrow();
        world.moveTo(Instant.parse("2027-01-15T00:00:00Z"));
        AwaitingAnswer dayAfter = awaiting(world.hospitalResponder).orElseThrow();

        assertThat(onTheDueDay.overdue()).isZero();
        assertThat(onTheDueDay.items()).noneMatch(onTheDueDay::isOverdue);
        assertThat(dayAfter.overdue()).isEqualTo(1);
        assertThat(dayAfter.items()).filteredOn(dayAfter::isOverdue).extracting(view -> view.feedback().reference())
                .containsExactly(reference);
    }

    @Test
    void the_assigned_partners_responder_answers_and_the_public_sees_the_answer_under_the_partners_name() {
        FeedbackReference reference = world.publishedAndAssigned(aView(), HOSPITALS);
        world.advance(Duration.ofDays(3));

        Feedback answered = world.answer(reference, world.hospitalResponder, "A later bus starts in March.");

        assertThat(answered.status()).isEqualTo(FeedbackStatus.RESPONDED);
        assertThat(answered.response().orElseThrow().by()).isEqualTo(world.hospitalResponder.id());
        assertThat(awaiting(world.hospitalResponder).orElseThrow().items()).isEmpty();
        PublishedView view = world.app.readPublishedFeedback().published(Optional.empty(), Optional.empty(), 10)
                .orElseThrow().items().getFirst();
        assertThat(view.answer()).contains(new PublishedAnswer(HOSPITALS_NAME, "A later bus starts in March.",
                LocalDate.of(2026, 12, 17)));
    }

    @Test
    void a_responder_of_another_organisation_may_not_answer() {
        FeedbackReference reference = world.publishedAndAssigned(aView(), HOSPITALS);
        Feedback view = world.stored(reference);

        assertThat(rejection(world.app.respondToFeedback().respond(world.councilResponder, view.id(), view.version(),
                "We will look at it."))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(world.app.respondToFeedback().respond(world.moderator, view.id(), view.version(),
                "We will look at it."))).as("a moderator is not a responder").isInstanceOf(Rejection.Forbidden.class);
        assertThat(world.stored(reference).response()).isEmpty();
    }

    @Test
    void a_view_is_not_answered_before_it_is_moderated() {
        FeedbackReference reference = world.submit(aView()).reference();
        Feedback assigned = world.assign(reference, HOSPITALS);

        Outcome<FeedbackForStaff> early = world.app.respondToFeedback().respond(world.hospitalResponder, assigned.id(),
                assigned.version(), "We will look at it.");

        assertThat(rejection(early)).isInstanceOf(Rejection.Conflict.class);
        assertThat(rejection(early).message()).contains("moderated");
        assertThat(world.stored(reference).response()).isEmpty();
    }

    @Test
    void a_withheld_view_can_still_be_answered_and_stays_out_of_public_sight() {
        FeedbackReference reference = world.submit(aView()).reference();
        Feedback view = world.stored(reference);
        world.app.moderateFeedback().withhold(world.moderator, view.id(), view.version(),
                org.bettercaretogether.domain.feedback.WithholdReason.PERSONAL_DETAILS, Optional.empty()).orElseThrow();
        world.assign(reference, HOSPITALS);

        world.answer(reference, world.hospitalResponder, "We have called you back.");

        assertThat(world.stored(reference).status()).isEqualTo(FeedbackStatus.RESPONDED);
        assertThat(world.app.readPublishedFeedback().published(Optional.empty(), Optional.empty(), 10).orElseThrow()
                .items()).isEmpty();
    }

    @Test
    void a_view_is_answered_once() {
        FeedbackReference reference = world.publishedAndAssigned(aView(), HOSPITALS);
        Feedback answered = world.answer(reference, world.hospitalResponder, "A later bus starts in March.");

        assertThat(rejection(world.app.respondToFeedback().respond(world.hospitalResponder, answered.id(),
                answered.version(), "And another thing."))).isInstanceOf(Rejection.Conflict.class);
        assertThat(rejection(world.app.moderateFeedback().assign(world.moderator, answered.id(), answered.version(),
                COUNCIL))).isInstanceOf(Rejection.Conflict.class);
    }

    @Test
    void closing_without_an_answer_needs_a_reason_and_only_the_assigned_partner_or_a_moderator_closes() {
        FeedbackReference reference = world.publishedAndAssigned(aView(), HOSPITALS);
        Feedback view = world.stored(reference);

        assertThat(invalidFields(world.app.respondToFeedback().close(world.hospitalResponder, view.id(),
                view.version(), Optional.empty()))).containsExactly("reason");
        assertThat(rejection(world.app.respondToFeedback().close(world.councilResponder, view.id(), view.version(),
                Optional.of("Not ours")))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(world.app.respondToFeedback().close(world.engagementOfficer, view.id(), view.version(),
                Optional.of("Not ours")))).isInstanceOf(Rejection.Forbidden.class);

        Feedback closed = world.app.respondToFeedback().close(world.moderator, view.id(), view.version(),
                Optional.of("A duplicate of an earlier view")).orElseThrow().feedback();

        assertThat(closed.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(awaiting(world.hospitalResponder).orElseThrow().items()).isEmpty();
    }

    @Test
    void an_answered_view_is_closed_by_its_responder_without_a_reason() {
        FeedbackReference reference = world.publishedAndAssigned(aView(), HOSPITALS);
        Feedback answered = world.answer(reference, world.hospitalResponder, "A later bus starts in March.");

        assertThat(world.app.respondToFeedback().close(world.hospitalResponder, answered.id(), answered.version(),
                Optional.empty()).orElseThrow().feedback().status()).isEqualTo(FeedbackStatus.CLOSED);
    }

    @Test
    void the_views_awaiting_an_answer_come_a_page_at_a_time_soonest_due_first_with_the_counts_of_all() {
        FeedbackReference first = world.publishedAndAssigned(aView(), HOSPITALS);
        world.advance(Duration.ofDays(1));
        FeedbackReference second = world.publishedAndAssigned(aView(), HOSPITALS);
        world.advance(Duration.ofDays(1));
        FeedbackReference third = world.publishedAndAssigned(aView(), COUNCIL);

        AwaitingAnswer page1 = world.app.respondToFeedback().awaitingAnswer(world.moderator, Optional.empty(), 2)
                .orElseThrow();
        AwaitingAnswer page2 = world.app.respondToFeedback().awaitingAnswer(world.moderator, page1.next(), 2)
                .orElseThrow();

        assertThat(page1.items()).extracting(view -> view.feedback().reference()).containsExactly(first, second);
        assertThat(page1.waiting()).isEqualTo(3);
        assertThat(page2.items()).extracting(view -> view.feedback().reference()).containsExactly(third);
        assertThat(page2.next()).isEmpty();
        assertThat(rejection(world.app.respondToFeedback().awaitingAnswer(world.moderator,
                Optional.of("not-a-cursor"), 2))).isInstanceOf(Rejection.InvalidInput.class);
        assertThat(rejection(world.app.respondToFeedback().awaitingAnswer(world.moderator, Optional.empty(), 0)))
                .isInstanceOf(Rejection.InvalidInput.class);
    }

    @Test
    void a_person_who_both_moderates_and_responds_sees_every_organisations_views() {
        world.publishedAndAssigned(aView(), HOSPITALS);
        world.publishedAndAssigned(aView(), COUNCIL);

        assertThat(awaiting(FeedbackWorld.staff(HOSPITALS, Role.RESPONDER,
                Role.MODERATOR)).orElseThrow().items()).hasSize(2);
    }

    private Outcome<AwaitingAnswer> awaiting(Actor actor) {
        return world.app.respondToFeedback().awaitingAnswer(actor, Optional.empty(), 100);
    }
}
