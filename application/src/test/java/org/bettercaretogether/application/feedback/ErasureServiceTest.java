package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.feedback.FeedbackWorld.HOSPITALS;
import static org.bettercaretogether.application.feedback.FeedbackWorld.aView;
import static org.bettercaretogether.application.feedback.FeedbackWorld.rejection;

/** An administrator erases a person's personal data on request; the published words and the figures stay. */
class ErasureServiceTest {

    private final FeedbackWorld world = new FeedbackWorld();
    private final FeedbackReference first = world.submit(aView().saying("My first view, from Jane.")
            .from("Jane Smith", "jane@example.com", "01539 123456").consenting(true, true)).reference();
    private final FeedbackReference second = world.submit(aView().aboutCommunity("kendal").saying("My second view.")
            .from("J. Smith", "JANE@example.com", null).consenting(true, true)).reference();
    private final FeedbackReference someoneElses = world.submit(aView().saying("Someone else's view.")
            .from("Sam Jones", "sam@example.com", null).consenting(true, true)).reference();

    @Test
    void erasing_by_reference_erases_every_view_given_with_the_same_email_address_and_keeps_the_public_text() {
        world.publish(first, "The first view, published.");

        int erased = world.app.eraseContributorData().eraseByReference(world.admin, first).orElseThrow();

        assertThat(erased).isEqualTo(2);
        for (FeedbackReference reference : List.of(first, second)) {
            Feedback view = world.stored(reference);
            assertThat(view.text()).isEmpty();
            assertThat(view.contact().isEmpty()).isTrue();
            assertThat(view.erasedAt()).contains(FeedbackWorld.MONDAY_14_DECEMBER_2026);
        }
        assertThat(world.stored(someoneElses).contact().email()).contains(new EmailAddress("sam@example.com"));
        assertThat(world.stored(someoneElses).text()).isPresent();
        assertThat(world.app.readPublishedFeedback().published(Optional.empty(), Optional.empty(), 10).orElseThrow()
                .items()).singleElement().satisfies(view -> {
                    assertThat(view.reference()).isEqualTo(first);
                    assertThat(view.text()).isEqualTo("The first view, published.");
                });
        assertThat(world.app.readPublishedFeedback().programmeScorecard().scorecard().received()).isEqualTo(3);
    }

    @Test
    void mail_still_waiting_for_the_person_is_removed_and_nobody_elses() {
        world.publish(first, "The first view, published.");
        world.publish(someoneElses, "Someone else's view, published.");
        assertThat(world.app.feedback().outbox().waiting()).as("three views received, two published").isEqualTo(5);

        world.app.eraseContributorData().eraseByReference(world.admin, second).orElseThrow();
        world.app.deliverMail().deliverDue(100);

        assertThat(world.app.mailbox().sentTo("jane@example.com")).isEmpty();
        assertThat(world.app.mailbox().sentTo("sam@example.com")).as("received, published").hasSize(2);
    }

    @Test
    void a_person_whose_data_was_erased_is_not_written_to_again() {
        world.app.deliverMail().deliverDue(100);
        int toldBefore = world.app.mailbox().sentTo("jane@example.com").size();
        world.publish(first, "The first view, published.");
        world.assign(first, HOSPITALS);
        world.app.eraseContributorData().eraseByEmail(world.admin, new EmailAddress("jane@example.com")).orElseThrow();

        world.answer(first, world.hospitalResponder, "Thank you.");
        world.app.deliverMail().deliverDue(100);

        assertThat(toldBefore).as("both views were received").isEqualTo(2);
        assertThat(world.app.mailbox().sentTo("jane@example.com")).hasSize(toldBefore);
    }

    @Test
    void each_erasure_is_audited_by_reference_without_the_personal_data() {
        world.app.eraseContributorData().eraseByReference(world.admin, first).orElseThrow();

        List<AuditEntry> entries = world.app.readAuditLog().read(world.admin, Optional.empty(), 10).orElseThrow()
                .entries().stream().filter(entry -> entry.action().equals("feedback.erased")).toList();

        assertThat(entries).extracting(AuditEntry::recordId).containsExactlyInAnyOrder(first.value(), second.value());
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.actor()).contains(world.admin.id());
            assertThat(entry.recordType()).isEqualTo("feedback");
            assertThat(entry.toString()).doesNotContain("jane").doesNotContain("Jane").doesNotContain("01539")
                    .doesNotContain("first view");
        });
    }

    @Test
    void erasing_again_erases_nothing_more() {
        world.app.eraseContributorData().eraseByReference(world.admin, first).orElseThrow();

        assertThat(world.app.eraseContributorData().eraseByReference(world.admin, first).orElseThrow()).isZero();
        assertThat(world.app.eraseContributorData().eraseByEmail(world.admin, new EmailAddress("jane@example.com"))
                .orElseThrow()).isZero();
    }

    @Test
    void erasing_by_email_address_finds_the_views_in_any_case() {
        assertThat(world.app.eraseContributorData().eraseByEmail(world.admin, new EmailAddress("Jane@Example.COM"))
                .orElseThrow()).isEqualTo(2);
        assertThat(world.stored(someoneElses).erasedAt()).isEmpty();
    }

    @Test
    void only_administrators_erase_and_a_refusal_erases_nothing() {
        assertThat(rejection(world.app.eraseContributorData().eraseByReference(world.moderator, first)))
                .isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(world.app.eraseContributorData().eraseByEmail(world.engagementOfficer,
                new EmailAddress("jane@example.com")))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(world.stored(first).erasedAt()).isEmpty();
        assertThat(world.stored(second).erasedAt()).isEmpty();
    }

    @Test
    void an_unknown_reference_is_not_found() {
        assertThat(rejection(world.app.eraseContributorData().eraseByReference(world.admin,
                new FeedbackReference("BCT-2222-2222")))).isInstanceOf(Rejection.NotFound.class);
    }
}
