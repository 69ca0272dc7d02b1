package org.bettercaretogether.application.privacy;

import org.bettercaretogether.application.feedback.FeedbackWorld;
import org.bettercaretogether.application.follow.Subscriptions;
import org.bettercaretogether.application.mail.SentMailCopies.SentCopy;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.meeting.NewRegistration;
import org.bettercaretogether.application.project.ProjectSuggestion;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.Transition;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.follow.Followed;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationStatus;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.ProjectStatus;
import org.bettercaretogether.domain.project.Suggester;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.feedback.FeedbackWorld.HOSPITALS;
import static org.bettercaretogether.application.feedback.FeedbackWorld.aView;
import static org.bettercaretogether.application.feedback.FeedbackWorld.rejection;
import static org.bettercaretogether.memory.testing.ProjectExamples.project;

/**
 * An administrator erases everything held about a person on request, by a view's reference, an email address or a
 * telephone number: their views' details and words, their registrations, the mail held for them; the published words
 * free of personal details, and the figures, stay.
 */
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

        ErasureReport erased = world.app.eraseContributorData().eraseByReference(world.admin, first).orElseThrow();

        assertThat(erased.views()).isEqualTo(2);
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
        world.app.eraseContributorData().erase(world.admin, byEmail("jane@example.com")).orElseThrow();

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

        assertThat(world.app.eraseContributorData().eraseByReference(world.admin, first).orElseThrow().nothing())
                .isTrue();
        assertThat(world.app.eraseContributorData().erase(world.admin, byEmail("jane@example.com")).orElseThrow()
                .nothing()).isTrue();
    }

    @Test
    void erasing_by_email_address_finds_the_views_in_any_case() {
        assertThat(world.app.eraseContributorData().erase(world.admin, byEmail("Jane@Example.COM"))
                .orElseThrow().views()).isEqualTo(2);
        assertThat(world.stored(someoneElses).erasedAt()).isEmpty();
    }

    @Test
    void only_administrators_erase_and_a_refusal_erases_nothing() {
        assertThat(rejection(world.app.eraseContributorData().eraseByReference(world.moderator, first)))
                .isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(world.app.eraseContributorData().erase(world.engagementOfficer,
                byEmail("jane@example.com")))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(world.stored(first).erasedAt()).isEmpty();
        assertThat(world.stored(second).erasedAt()).isEmpty();
    }

    @Test
    void a_suggester_of_a_project_waiting_for_review_is_shown_in_their_data_then_forgotten_and_the_suggestion_stays() {
        CommunityId kendal = world.app.browseDirectory().community(new Slug("kendal")).orElseThrow().community().id();
        ProjectId suggested = world.app.suggestProject().suggest(new ProjectSuggestion(
                project("Steady Steps").in(kendal).details(), new Suggester(Optional.of("Jane Smith"),
                        Optional.of(new EmailAddress("Jane@Example.com"))))).orElseThrow();
        world.app.suggestProject().suggest(new ProjectSuggestion(project("Sam's Walk").in(kendal).details(),
                new Suggester(Optional.of("Sam Jones"), Optional.of(new EmailAddress("sam@example.com")))))
                .orElseThrow();

        PersonalDataExport held = world.app.exportPersonalData().export(world.admin, byEmail("jane@example.com"))
                .orElseThrow();
        ErasureReport erased = world.app.eraseContributorData().erase(world.admin, byEmail("jane@example.com"))
                .orElseThrow();

        assertThat(held.projectsSuggested()).extracting(project -> project.details().name())
                .containsExactly("Steady Steps");
        assertThat(erased.projectSuggestions()).isEqualTo(1);
        CommunityProject kept = world.app.reviewProjects().project(world.engagementOfficer, suggested).orElseThrow()
                .project();
        assertThat(kept.suggester()).isEmpty();
        assertThat(kept.status()).isEqualTo(ProjectStatus.SUGGESTED);
        assertThat(world.app.exportPersonalData().export(world.admin, byEmail("sam@example.com")).orElseThrow()
                .projectsSuggested()).as("someone else's suggestion is not touched").hasSize(1);
        assertThat(world.app.eraseContributorData().erase(world.admin, byEmail("jane@example.com")).orElseThrow()
                .nothing()).isTrue();
    }

    @Test
    void an_unknown_reference_is_not_found() {
        assertThat(rejection(world.app.eraseContributorData().eraseByReference(world.admin,
                new FeedbackReference("BCT-2222-2222")))).isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void erasing_by_telephone_number_finds_the_views_that_gave_it_however_it_was_written_and_no_other() {
        FeedbackReference byPhoneOnly = world.submit(aView().saying("Call me about the bus.")
                .from(null, null, "+44 1539 123456").consenting(true, true)).reference();

        ErasureReport erased = world.app.eraseContributorData().erase(world.admin,
                new DataSubject.ByPhone(new PhoneNumber("01539-123456"))).orElseThrow();

        assertThat(erased.views()).isEqualTo(2);
        assertThat(world.stored(first).erasedAt()).isPresent();
        assertThat(world.stored(byPhoneOnly).erasedAt()).isPresent();
        assertThat(world.stored(second).erasedAt()).as("same email, no phone: not about that number").isEmpty();
        assertThat(erased.registrations()).as("registrations hold no telephone number").isZero();
    }

    @Test
    void a_person_s_registrations_go_with_their_views_and_a_place_they_held_goes_to_whoever_waits_first() {
        MeetingId meeting = world.app.scheduleMeetings().schedule(world.admin, new MeetingDraft(
                Optional.of(new Slug("kendal")), Optional.empty(), "Kendal listening event", "Hear Kendal.",
                LocalDateTime.of(2026, 12, 21, 18, 0), LocalDateTime.of(2026, 12, 21, 20, 0), Optional.empty(),
                Optional.of(URI.create("https://meet.example.org/kendal")), 1)).orElseThrow().meeting().meeting().id();
        world.app.registerForMeeting().register(meeting, new NewRegistration("Jane Smith",
                new EmailAddress("jane@example.com"), 1, Optional.of("Step-free access"))).orElseThrow();
        world.app.registerForMeeting().register(meeting, new NewRegistration("Sam Jones",
                new EmailAddress("sam@example.com"), 1, Optional.empty())).orElseThrow();
        world.app.deliverMail().deliverDue(100);
        int samToldBefore = world.app.mailbox().sentTo("sam@example.com").size();

        ErasureReport erased = world.app.eraseContributorData().eraseByReference(world.admin, second).orElseThrow();
        world.app.deliverMail().deliverDue(100);

        assertThat(erased.registrations()).isOne();
        List<Registration> left = world.app.scheduleMeetings().meeting(world.admin, meeting).orElseThrow()
                .registrations();
        assertThat(left).singleElement().satisfies(registration -> {
            assertThat(registration.name()).isEqualTo("Sam Jones");
            assertThat(registration.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        });
        assertThat(world.app.mailbox().sentTo("sam@example.com")).as("told of the place freed")
                .hasSize(samToldBefore + 1);
        assertThat(world.app.mailbox().sentTo("jane@example.com")).as("nothing about the registration erased")
                .noneMatch(mail -> mail.subject().toLowerCase().contains("cancel"));
    }

    @Test
    void the_copies_of_mail_kept_for_the_person_go_once_the_rest_is_erased() {
        world.app.sentMail().keep(new EmailAddress("jane@example.com"),
                new SentCopy(world.clock.instant(), "Your view was received", "Thank you."));
        world.app.sentMail().keep(new EmailAddress("sam@example.com"),
                new SentCopy(world.clock.instant(), "Your view was received", "Thank you."));

        ErasureReport erased = world.app.eraseContributorData().erase(world.admin, byEmail("jane@example.com"))
                .orElseThrow();

        assertThat(erased.sentCopies()).isOne();
        assertThat(world.app.sentMail().to(new EmailAddress("jane@example.com"))).isEmpty();
        assertThat(world.app.sentMail().to(new EmailAddress("sam@example.com"))).hasSize(1);
    }

    @Test
    void a_published_view_whose_answer_names_the_person_is_taken_down_and_its_history_says_so() {
        world.publish(first, "The first view, published.");
        world.assign(first, HOSPITALS);
        world.answer(first, world.hospitalResponder, "Thank you, Jane Smith: we are looking into it.");

        world.app.eraseContributorData().eraseByReference(world.admin, first).orElseThrow();

        Feedback erased = world.stored(first);
        assertThat(erased.isPublic()).isFalse();
        assertThat(erased.moderation()).isInstanceOfSatisfying(Moderation.Withheld.class,
                withheld -> assertThat(withheld.reason()).isEqualTo(WithholdReason.PERSONAL_DETAILS));
        assertThat(erased.history().getLast().kind()).isEqualTo(Transition.Kind.ERASED);
        assertThat(world.app.readPublishedFeedback().published(Optional.empty(), Optional.empty(), 10).orElseThrow()
                .items()).isEmpty();
    }

    @Test
    void each_erasure_is_summed_up_in_the_audit_log_by_counts_and_how_the_person_was_found() {
        world.app.followByEmail().follow(Followed.Kind.COMMUNITY, new Slug("kendal"), "jane@example.com")
                .orElseThrow();

        world.app.eraseContributorData().erase(world.admin, byEmail("jane@example.com")).orElseThrow();

        AuditEntry summary = world.app.readAuditLog().read(world.admin, Optional.empty(), 20).orElseThrow().entries()
                .stream().filter(entry -> entry.action().equals("personal-data.erased")).findFirst().orElseThrow();

        assertThat(summary.actor()).contains(world.admin.id());
        assertThat(summary.changes()).extracting(change -> change.field() + ": " + change.after().orElseThrow())
                .containsExactly("asked: by an email address", "views erased: 2", "meeting registrations erased: 0",
                        "messages held erased: 3", "community projects suggested erased: 0",
                        "mail-drop copies erased: 0", "consultation update addresses erased: 0",
                        "subscriptions to follow by email erased: 1");
        assertThat(summary.toString()).doesNotContain("jane");
        assertThat(world.app.ports().port(Subscriptions.class).of(new EmailAddress("jane@example.com"))).isEmpty();
    }

    private static DataSubject byEmail(String address) {
        return new DataSubject.ByEmail(new EmailAddress(address));
    }
}
