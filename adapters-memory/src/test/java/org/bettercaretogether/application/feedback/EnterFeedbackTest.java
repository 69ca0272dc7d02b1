package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Transition;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.application.feedback.FeedbackWorld.aView;
import static org.bettercaretogether.application.feedback.FeedbackWorld.invalidFields;
import static org.bettercaretogether.application.feedback.FeedbackWorld.rejection;

/** Staff enter the views that came by letter, phone, email or at a meeting. */
class EnterFeedbackTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 14);

    private final FeedbackWorld world = new FeedbackWorld();

    @Test
    void an_engagement_officer_enters_a_letter_with_the_day_it_came_and_is_named_as_having_entered_it() {
        FeedbackReference reference = world.app.enterFeedback().enter(world.engagementOfficer, new EnteredView(
                aView().aboutCommunity("lakes").build(), Channel.LETTER, LocalDate.of(2026, 12, 1),
                Optional.of("December postbag"))).orElseThrow();

        Feedback stored = world.stored(reference);
        assertThat(stored.origin().channel()).isEqualTo(Channel.LETTER);
        assertThat(stored.origin().receivedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(stored.origin().eventOrBatch()).contains("December postbag");
        assertThat(stored.origin().enteredBy()).contains(world.engagementOfficer.id());
        assertThat(stored.history()).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(Transition.Kind.RECEIVED);
            assertThat(step.by()).contains(world.engagementOfficer.id());
            assertThat(step.detail()).isEqualTo("Letter");
        });
        AuditEntry entry = world.app.readAuditLog().read(world.admin, Optional.empty(), 50).orElseThrow().entries()
                .stream().filter(e -> e.action().equals("feedback.entered")).findFirst().orElseThrow();
        assertThat(entry.action()).isEqualTo("feedback.entered");
        assertThat(entry.recordId()).isEqualTo(reference.value());
        assertThat(entry.actor()).contains(world.engagementOfficer.id());
    }

    @Test
    void a_batch_is_entered_whole_in_order() {
        List<FeedbackReference> references = world.app.enterFeedback().enterAll(world.moderator, List.of(
                entered("kendal", TODAY.minusDays(3)), entered("bay", TODAY.minusDays(2)), entered("garstang", TODAY)))
                .orElseThrow();

        assertThat(references).hasSize(3).doesNotHaveDuplicates();
        assertThat(references).extracting(reference -> world.stored(reference).origin().receivedOn())
                .containsExactly(TODAY.minusDays(3), TODAY.minusDays(2), TODAY);
    }

    @Test
    void a_batch_with_any_bad_row_stores_nothing_and_names_every_bad_row() {
        Outcome<List<FeedbackReference>> refused = world.app.enterFeedback().enterAll(world.engagementOfficer, List.of(
                entered("kendal", TODAY), entered("atlantis", TODAY), entered("lakes", TODAY.plusDays(1)),
                entered("narnia", TODAY.plusDays(2))));

        Rejection.InvalidInput invalid = (Rejection.InvalidInput) rejection(refused);
        assertThat(invalid.problems()).extracting(FieldProblem::field).containsExactly("row 2: slug",
                "row 3: receivedOn", "row 4: slug", "row 4: receivedOn");
        assertThat(invalid.problems().getFirst().problem()).contains("atlantis");
        assertThat(world.allViews()).isEmpty();
        assertThat(world.app.readAuditLog().read(world.admin, Optional.empty(), 10).orElseThrow().entries())
                .noneMatch(entry -> entry.action().equals("feedback.entered"));
    }

    @Test
    void a_batch_of_one_still_names_its_row() {
        assertThat(invalidFields(world.app.enterFeedback().enterAll(world.moderator,
                List.of(entered("atlantis", TODAY))))).containsExactly("row 1: slug");
    }

    @Test
    void a_view_received_tomorrow_cannot_be_entered_today() {
        assertThat(invalidFields(world.app.enterFeedback().enter(world.moderator, entered("kendal", TODAY.plusDays(1)))))
                .containsExactly("receivedOn");
        assertThat(world.app.enterFeedback().enter(world.moderator, entered("kendal", TODAY)))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void responders_do_not_enter_views_and_an_empty_batch_is_refused() {
        assertThat(rejection(world.app.enterFeedback().enterAll(world.hospitalResponder,
                List.of(entered("kendal", TODAY))))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(invalidFields(world.app.enterFeedback().enterAll(world.admin, List.of()))).containsExactly("views");
        assertThat(world.allViews()).isEmpty();
    }

    @Test
    void a_view_entered_by_staff_cannot_claim_to_have_come_in_online() {
        assertThatThrownBy(() -> new EnteredView(aView().build(), Channel.ONLINE, TODAY, Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("channel:");
    }

    private static EnteredView entered(String community, LocalDate receivedOn) {
        return new EnteredView(aView().aboutCommunity(community).build(), Channel.MEETING, receivedOn,
                Optional.of("Public meeting"));
    }
}
