package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.change.ChangeDraft;
import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.staff.NewStaffMember;
import org.bettercaretogether.memory.InMemoryMailbox;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.feedback.FeedbackWorld.HOSPITALS;
import static org.bettercaretogether.application.feedback.FeedbackWorld.aView;
import static org.bettercaretogether.application.feedback.FeedbackWorld.rejection;

/** A person who asked to be told hears, by email, what became of their view; administrators hear of risk at once. */
class ContributorNoticesTest {

    private static final String EMAIL = "jane@example.com";
    private static final String WORDS = "My mother waited nine hours in the corridor at Furness General.";

    private final FeedbackWorld world = new FeedbackWorld();

    @Test
    void a_person_who_asked_is_told_once_each_when_their_view_is_received_published_answered_and_linked_to_a_change() {
        FeedbackReference reference = world.submit(aView().saying(WORDS).from("Jane Smith", EMAIL, null)
                .consenting(true, true)).reference();

        deliver();
        assertThat(subjectsTo(EMAIL)).containsExactly("We have received your view " + reference);

        world.publish(reference, "A relative waited nine hours in a corridor.");
        deliver();
        assertThat(subjectsTo(EMAIL)).hasSize(2).last().isEqualTo("Your view " + reference + " has been published");

        world.assign(reference, HOSPITALS);
        world.answer(reference, world.hospitalResponder, "We are opening a second assessment area.");
        deliver();
        assertThat(subjectsTo(EMAIL)).hasSize(3).last().isEqualTo("Your view " + reference + " has been answered");

        planChangeLinking(reference);
        deliver();
        assertThat(subjectsTo(EMAIL)).containsExactly("We have received your view " + reference,
                "Your view " + reference + " has been published",
                "Your view " + reference + " has been answered",
                "Your view " + reference + " has helped to shape a change");

        assertThat(deliver()).as("nothing is sent twice").isZero();
        List<InMemoryMailbox.Sent> sent = world.app.mailbox().sentTo(EMAIL);
        assertThat(sent).hasSize(4).allSatisfy(mail -> {
            assertThat(mail.body()).contains(reference.value()).doesNotContain(WORDS)
                    .doesNotContain("nine hours in the corridor").doesNotContain("Jane");
        });
        assertThat(sent.get(2).body()).contains("University Hospitals of Morecambe Bay NHS Foundation Trust")
                .contains("We are opening a second assessment area.");
        assertThat(sent.get(3).body()).contains("Shorter waits at Furness General (planned)");
    }

    @Test
    void a_person_is_told_once_more_when_the_change_their_view_led_to_is_made() {
        FeedbackReference reference = world.submit(aView().from(null, EMAIL, null).consenting(true, false)).reference();
        ChangeSummary planned = planChangeLinking(reference);
        deliver();

        ChangeSummary started = world.app.recordChangeMade().advance(world.engagementOfficer, planned.change().id(),
                planned.change().version(), ChangeStatus.IN_PROGRESS, LocalDate.of(2026, 12, 14)).orElseThrow();
        deliver();
        assertThat(subjectsTo(EMAIL)).as("received, then linked to a planned change").hasSize(2);

        world.app.recordChangeMade().advance(world.engagementOfficer, started.change().id(), started.change().version(),
                ChangeStatus.MADE, LocalDate.of(2026, 12, 14)).orElseThrow();
        deliver();

        assertThat(world.app.mailbox().sentTo(EMAIL)).hasSize(3).last().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Your view " + reference + " has helped to shape a change");
            assertThat(mail.body()).contains("Shorter waits at Furness General (made)");
        });
    }

    @Test
    void a_person_who_did_not_agree_to_be_contacted_is_never_written_to() {
        FeedbackReference reference = world.submit(aView().saying(WORDS).from("Jane Smith", EMAIL, "01229 870870")
                .consenting(false, true)).reference();

        world.publish(reference, "A relative waited nine hours in a corridor.");
        world.assign(reference, HOSPITALS);
        world.answer(reference, world.hospitalResponder, "We are opening a second assessment area.");
        planChangeLinking(reference);

        assertThat(world.app.feedback().outbox().waiting()).isZero();
        assertThat(deliver()).isZero();
        assertThat(world.app.mailbox().sent()).isEmpty();
    }

    @Test
    void a_person_who_agreed_but_left_no_email_address_is_not_written_to() {
        FeedbackReference reference = world.submit(aView().from("Jane Smith", null, "01229 870870")
                .consenting(true, true)).reference();

        world.publish(reference, "A relative waited nine hours in a corridor.");

        assertThat(world.app.feedback().outbox().waiting()).isZero();
    }

    @Test
    void withholding_a_view_sends_nothing() {
        FeedbackReference reference = world.submit(aView().from(null, EMAIL, null).consenting(true, true)).reference();
        Feedback view = world.stored(reference);
        assertThat(deliver()).as("the view was received").isOne();

        world.app.moderateFeedback().withhold(world.moderator, view.id(), view.version(),
                org.bettercaretogether.domain.feedback.WithholdReason.OFF_TOPIC, Optional.empty()).orElseThrow();

        assertThat(world.app.feedback().outbox().waiting()).isZero();
    }

    @Test
    void a_safeguarding_flag_mails_every_active_administrator_once_by_reference_only() {
        StaffMember first = world.app.createAdministrator().create(new EmailAddress("first.admin@example.nhs.uk"),
                "First Admin", MorecambeBay.CLINICAL_COMMISSIONING_GROUP).orElseThrow().member();
        Actor firstAdmin = Actor.of(first);
        createStaff(firstAdmin, "second.admin@example.nhs.uk", Role.ADMIN, Role.MODERATOR);
        StaffMember gone = createStaff(firstAdmin, "gone.admin@example.nhs.uk", Role.ADMIN);
        world.app.manageStaff().revise(firstAdmin, new StaffMember(gone.id(), gone.email(), gone.name(),
                gone.partner(), gone.roles(), false, gone.mustChangePassword(), gone.version())).orElseThrow();
        Actor moderator = Actor.of(createStaff(firstAdmin, "moderator@example.nhs.uk", Role.MODERATOR));
        FeedbackReference reference = world.submit(aView().saying(WORDS).from("Jane Smith", EMAIL, null)
                .consenting(true, true)).reference();
        Feedback view = world.stored(reference);
        deliver();

        world.app.moderateFeedback().flagSafeguarding(moderator, view.id(), view.version(),
                "Elderly and alone; ring the ward today").orElseThrow();
        deliver();

        assertThat(world.app.mailbox().sentTo("first.admin@example.nhs.uk")).hasSize(1);
        assertThat(world.app.mailbox().sentTo("second.admin@example.nhs.uk")).hasSize(1);
        assertThat(world.app.mailbox().sentTo("gone.admin@example.nhs.uk")).isEmpty();
        assertThat(world.app.mailbox().sentTo("moderator@example.nhs.uk")).isEmpty();
        assertThat(subjectsTo(EMAIL)).as("the person is not told of the flag")
                .containsExactly("We have received your view " + reference);
        assertThat(world.app.mailbox().sent()).filteredOn(mail -> !mail.subject().startsWith("We have received"))
                .hasSize(2).allSatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Safeguarding concern raised on view " + reference);
            assertThat(mail.body()).doesNotContain(WORDS).doesNotContain("Elderly").doesNotContain("Jane");
        });
        assertThat(world.app.moderateFeedback().safeguardingConcerns(firstAdmin).orElseThrow())
                .extracting(concern -> concern.feedback().reference()).containsExactly(reference);
        assertThat(rejection(world.app.moderateFeedback().safeguardingConcerns(moderator)))
                .isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(world.app.moderateFeedback().flagSafeguarding(moderator, view.id(), view.version() + 1,
                "Again"))).isInstanceOf(Rejection.Conflict.class);
    }

    private ChangeSummary planChangeLinking(FeedbackReference reference) {
        return world.app.recordChangeMade().plan(world.engagementOfficer, new ChangeDraft("Shorter waits at Furness General",
                "A second assessment area opens in the emergency department.", Optional.of(new Slug("barrow-town")),
                Optional.empty(), Set.of(reference), Set.of(), Optional.empty())).orElseThrow();
    }

    private StaffMember createStaff(Actor admin, String email, Role... roles) {
        return world.app.manageStaff().create(admin, new NewStaffMember(new EmailAddress(email), "Staff Member",
                MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Set.of(roles))).orElseThrow().member();
    }

    private int deliver() {
        return world.app.deliverMail().deliverDue(100);
    }

    private List<String> subjectsTo(String address) {
        return world.app.mailbox().sentTo(address).stream().map(InMemoryMailbox.Sent::subject).toList();
    }
}
