package org.bettercaretogether.application.privacy;

import org.bettercaretogether.application.mail.HeldMail;
import org.bettercaretogether.application.mail.SentMailCopies.SentCopy;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.follow.Subscription;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.staff.StaffMember;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything the service holds about a person, found by their email address or telephone number, for an
 * administrator to give them on request (subject access): their views with their history, their registrations for
 * meetings, the mail the outbox holds for them and the copies of mail sent to them, their staff account if the
 * address is one, and the consultations they asked to be told about. Its {@link #toString()} names the export and counts, and shows none of it.
 *
 * @param id         the export's own id, which the audit entry recording it names
 * @param madeAt     when it was made
 * @param subject    whom it is about
 * @param views      the views that gave the address or the number, oldest first
 * @param registrations the registrations made with the address, each with its meeting
 * @param projectsSuggested the community projects suggested with the address that wait for review (only those keep who
 *                   suggested them), received first first
 * @param mailHeld   the messages to the address that wait to be sent, or were given up on
 * @param mailSent   the copies of mail sent to the address that the service keeps
 * @param staffAccount the staff account with the address, when there is one
 * @param consultationUpdates the consultations the address was left with, to be told about them
 * @param subscriptions the subscriptions of the address to follow things by email, pending or confirmed
 */
public record PersonalDataExport(UUID id, Instant madeAt, DataSubject subject, List<HeldView> views,
                                 List<HeldRegistration> registrations, List<CommunityProject> projectsSuggested,
                                 List<HeldMail> mailHeld,
                                 List<SentCopy> mailSent, Optional<StaffAccount> staffAccount,
                                 List<ConsultationUpdates> consultationUpdates, List<Subscription> subscriptions) {

    public PersonalDataExport {
        Require.present(id, "id");
        Require.present(madeAt, "madeAt");
        Require.present(subject, "subject");
        views = Require.listOf(views, "views");
        registrations = Require.listOf(registrations, "registrations");
        projectsSuggested = Require.listOf(projectsSuggested, "projectsSuggested");
        mailHeld = Require.listOf(mailHeld, "mailHeld");
        mailSent = Require.listOf(mailSent, "mailSent");
        Require.present(staffAccount, "staffAccount");
        subscriptions = Require.listOf(subscriptions, "subscriptions");
        consultationUpdates = Require.listOf(consultationUpdates, "consultationUpdates");
    }

    /** An address left with a response to a consultation, to be told about it; the consultation by its title. */
    public record ConsultationUpdates(EmailAddress email, String consultation) {
    }

    /** A view, with the name of what it is about. */
    public record HeldView(Feedback view, String about) {
    }

    /** A registration, with the meeting it is for. */
    public record HeldRegistration(Registration registration, Meeting meeting) {
    }

    /** A staff account, with the name of the partner organisation it belongs to. */
    public record StaffAccount(StaffMember member, String partnerName) {
    }

    @Override
    public String toString() {
        return "PersonalDataExport[" + id + ", views=" + views.size() + ", registrations=" + registrations.size()
                + ", projectsSuggested=" + projectsSuggested.size() + ", mailHeld=" + mailHeld.size() + ", mailSent=" + mailSent.size() + ", staffAccount="
                + staffAccount.isPresent() + ", consultationUpdates=" + consultationUpdates.size()
                + ", subscriptions=" + subscriptions.size() + "]";
    }
}
