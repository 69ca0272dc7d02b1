package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackStatus;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.feedback.FeedbackWorld.HOSPITALS;
import static org.bettercaretogether.application.feedback.FeedbackWorld.aView;
import static org.bettercaretogether.application.feedback.FeedbackWorld.rejection;

/** A person follows their view by the private link they were given, without signing in. */
class TrackFeedbackTest {

    private static final String WORDS = "My GP in Ulverston has no appointments for three weeks.";

    private final FeedbackWorld world = new FeedbackWorld();
    private final SubmissionReceipt receipt = world.submit(aView().aboutCommunity("dalton-and-ulverston").saying(WORDS)
            .from("Jane Smith", "jane@example.com", "01229 870870").consenting(true, true));

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "v-not-a-token-anyone-was-given"})
    void a_token_that_matches_no_view_finds_nothing(String token) {
        assertThat(rejection(world.app.trackFeedback().track(token))).isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void a_token_too_long_to_be_one_we_gave_finds_nothing() {
        assertThat(rejection(world.app.trackFeedback().track(receipt.trackingToken() + "x".repeat(100))))
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(world.app.trackFeedback().track(receipt.trackingToken().substring(1))))
                .isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void a_view_just_received_waits_for_moderation() {
        TrackedView tracked = track();

        assertThat(tracked.reference()).isEqualTo(receipt.reference());
        assertThat(tracked.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(tracked.receivedOn()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(tracked.about()).isEqualTo("Dalton & Ulverston");
        assertThat(tracked.publicText()).isEmpty();
        assertThat(tracked.withheldBecause()).isEmpty();
        assertThat(tracked.answer()).isEmpty();
        assertThat(tracked.answerDueOn()).isEmpty();
        assertThat(tracked.steps()).extracting(TrackedView.Step::what).containsExactly("Received");
    }

    @Test
    void a_published_and_assigned_view_shows_its_public_text_and_when_its_answer_is_due() {
        world.publish(receipt.reference(), "A patient cannot get a GP appointment in Ulverston for three weeks.");
        world.assign(receipt.reference(), HOSPITALS);

        TrackedView tracked = track();

        assertThat(tracked.status()).isEqualTo(FeedbackStatus.PUBLISHED);
        assertThat(tracked.publicText()).contains("A patient cannot get a GP appointment in Ulverston for three weeks.");
        assertThat(tracked.answerDueOn()).contains(LocalDate.of(2027, 1, 14));
        assertThat(tracked.steps()).extracting(TrackedView.Step::what).containsExactly("Received",
                "Published, with any personal details removed", "Passed to a partner organisation to answer");
    }

    @Test
    void a_withheld_view_says_why_and_shows_no_text() {
        Feedback view = world.stored(receipt.reference());
        world.app.moderateFeedback().withhold(world.moderator, view.id(), view.version(), WithholdReason.PERSONAL_DETAILS,
                Optional.of("Names the GP")).orElseThrow();

        TrackedView tracked = track();

        assertThat(tracked.status()).isEqualTo(FeedbackStatus.WITHHELD);
        assertThat(tracked.withheldBecause()).contains("Contains personal details that cannot be removed");
        assertThat(tracked.publicText()).isEmpty();
        assertThat(tracked.toString()).doesNotContain("Names the GP");
    }

    @Test
    void an_answered_view_shows_the_answer_and_no_longer_a_due_day() {
        world.publish(receipt.reference(), "A patient cannot get a GP appointment in Ulverston.");
        world.assign(receipt.reference(), HOSPITALS);
        world.advance(Duration.ofDays(2));
        world.answer(receipt.reference(), world.hospitalResponder, "Two more GPs join the practice in January.");

        TrackedView tracked = track();

        assertThat(tracked.status()).isEqualTo(FeedbackStatus.RESPONDED);
        assertThat(tracked.answer()).contains(new PublishedAnswer(
                "University Hospitals of Morecambe Bay NHS Foundation Trust", "Two more GPs join the practice in January.",
                LocalDate.of(2026, 12, 16)));
        assertThat(tracked.answerDueOn()).isEmpty();
        assertThat(tracked.steps()).extracting(TrackedView.Step::what).endsWith("Answered");
    }

    @Test
    void a_closed_view_says_so_and_no_answer_is_due_any_more() {
        world.publish(receipt.reference(), "A patient cannot get a GP appointment in Ulverston.");
        world.assign(receipt.reference(), HOSPITALS);
        Feedback view = world.stored(receipt.reference());
        world.app.respondToFeedback().close(world.moderator, view.id(), view.version(), Optional.of("Passed to the practice"))
                .orElseThrow();

        TrackedView tracked = track();

        assertThat(tracked.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(tracked.answerDueOn()).isEmpty();
        assertThat(tracked.steps()).extracting(TrackedView.Step::what).endsWith("Closed");
        assertThat(tracked.toString()).doesNotContain("Passed to the practice");
    }

    @Test
    void what_the_link_shows_holds_no_contact_details_and_not_the_original_words() {
        world.publish(receipt.reference(), "A patient cannot get a GP appointment in Ulverston.");

        TrackedView tracked = track();

        assertThat(Arrays.stream(TrackedView.class.getRecordComponents()).map(RecordComponent::getType))
                .doesNotContain(ContactDetails.class, EmailAddress.class, PhoneNumber.class, ViewText.class,
                        Feedback.class);
        assertThat(Arrays.stream(TrackedView.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("reference", "status", "receivedOn", "about", "publicText", "withheldBecause",
                        "answer", "answerDueOn", "steps");
        assertThat(tracked.toString()).doesNotContain("Jane").doesNotContain("jane@example.com")
                .doesNotContain("870870").doesNotContain(WORDS).doesNotContain(receipt.trackingToken());
    }

    @Test
    void the_link_still_works_after_erasure_and_shows_what_is_left() {
        world.publish(receipt.reference(), "A patient cannot get a GP appointment in Ulverston.");
        world.app.eraseContributorData().eraseByReference(world.admin, receipt.reference()).orElseThrow();

        TrackedView tracked = track();

        assertThat(tracked.publicText()).contains("A patient cannot get a GP appointment in Ulverston.");
        assertThat(tracked.steps()).extracting(TrackedView.Step::what).endsWith("Personal details erased on request");
    }

    private TrackedView track() {
        return world.app.trackFeedback().track(receipt.trackingToken()).orElseThrow();
    }

}
