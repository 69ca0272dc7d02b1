package org.bettercaretogether.application.privacy;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.consultation.RespondentEmails;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.Subjects;
import org.bettercaretogether.application.mail.HeldMail;
import org.bettercaretogether.application.follow.Subscriptions;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.SentMailCopies;
import org.bettercaretogether.application.mail.SentMailCopies.SentCopy;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.project.CommunityProjects;
import org.bettercaretogether.application.privacy.PersonalDataExport.ConsultationUpdates;
import org.bettercaretogether.application.privacy.PersonalDataExport.HeldRegistration;
import org.bettercaretogether.application.privacy.PersonalDataExport.HeldView;
import org.bettercaretogether.application.privacy.PersonalDataExport.StaffAccount;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Gathers everything held about a person for subject access, in one transaction so that the export is as the store
 * was at one moment, and records in the same transaction that it was made. An email address finds views, registrations,
 * community projects suggested and waiting for review, mail, a staff account, the consultations it asked to be told
 * about and subscriptions to follow things; a telephone number, views alone, where numbers are kept.
 */
public final class SubjectAccessService implements ExportPersonalData {

    private final Transactions transactions;
    private final FeedbackLog feedback;
    private final Subjects subjects;
    private final Registrations registrations;
    private final Meetings meetings;
    private final CommunityProjects projects;
    private final Outbox outbox;
    private final Subscriptions subscriptions;
    private final SentMailCopies sentMail;
    private final StaffMembers staff;
    private final RespondentEmails respondentEmails;
    private final Consultations consultations;
    private final Partners partners;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public SubjectAccessService(Transactions transactions, FeedbackLog feedback, Subjects subjects,
                                Registrations registrations, Meetings meetings, CommunityProjects projects,
                                Outbox outbox, Subscriptions subscriptions, SentMailCopies sentMail,
                                StaffMembers staff, RespondentEmails respondentEmails, Consultations consultations,
                                Partners partners, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.feedback = feedback;
        this.subjects = subjects;
        this.registrations = registrations;
        this.meetings = meetings;
        this.projects = projects;
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.sentMail = sentMail;
        this.staff = staff;
        this.respondentEmails = respondentEmails;
        this.consultations = consultations;
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Outcome<PersonalDataExport> export(Actor actor, DataSubject subject) {
        return AccessPolicy.inTransactionAs(actor, transactions, () -> {
            Optional<EmailAddress> email = subject.email();
            List<Feedback> views = switch (subject) {
                case DataSubject.ByEmail byEmail -> feedback.withContactEmail(byEmail.address());
                case DataSubject.ByPhone byPhone -> feedback.withContactPhone(byPhone.number());
            };
            List<HeldRegistration> registered = email.map(registrations::withEmail).orElse(List.of()).stream()
                    .map(registration -> new HeldRegistration(registration,
                            meetings.find(registration.meeting()).orElseThrow()))
                    .toList();
            List<CommunityProject> suggested = email.map(projects::suggestedBy).orElse(List.of());
            List<HeldMail> held = email.map(outbox::heldFor).orElse(List.of());
            List<SentCopy> sent = email.map(sentMail::to).orElse(List.of());
            Optional<StaffAccount> account = email.flatMap(staff::findByEmail).map(member -> new StaffAccount(member,
                    partners.find(member.partner()).map(Partner::name).orElse("An organisation no longer listed")));
            List<ConsultationUpdates> updates = email.map(address -> respondentEmails.consultationsOf(address).stream()
                    .map(consultation -> new ConsultationUpdates(address, consultations.find(consultation)
                            .map(Consultation::title).orElse("A consultation no longer held"))).toList())
                    .orElse(List.of());
            PersonalDataExport export = new PersonalDataExport(UUID.randomUUID(), clock.instant(), subject,
                    views.stream().map(view -> new HeldView(view, subjects.describe(view.subject()).name())).toList(),
                    registered, suggested, held, sent, account, updates,
                    email.map(subscriptions::of).orElse(List.of()));
            audit.record(Optional.of(actor.id()), "personal-data.exported", "person", export.id().toString(),
                    counts(export));
            return Outcome.done(export);
        }, Role.ADMIN);
    }

    private static List<FieldChange> counts(PersonalDataExport export) {
        List<FieldChange> counts = new ArrayList<>();
        counts.add(after("asked", "by " + export.subject().knownBy()));
        counts.add(after("views", Integer.toString(export.views().size())));
        counts.add(after("meeting registrations", Integer.toString(export.registrations().size())));
        counts.add(after("community projects suggested", Integer.toString(export.projectsSuggested().size())));
        counts.add(after("messages held", Integer.toString(export.mailHeld().size())));
        counts.add(after("copies of mail sent", Integer.toString(export.mailSent().size())));
        counts.add(after("subscriptions to follow by email", Integer.toString(export.subscriptions().size())));
        counts.add(after("staff account", export.staffAccount().isPresent() ? "yes" : "no"));
        counts.add(after("consultations to be told about", Integer.toString(export.consultationUpdates().size())));
        return counts;
    }

    private static FieldChange after(String field, String value) {
        return new FieldChange(field, Optional.empty(), Optional.of(value));
    }
}
