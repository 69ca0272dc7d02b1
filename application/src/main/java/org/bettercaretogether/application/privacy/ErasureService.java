package org.bettercaretogether.application.privacy;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.consultation.RespondentEmails;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.follow.Subscriptions;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.SentMailCopies;
import org.bettercaretogether.application.meeting.ForgetRegistrants;
import org.bettercaretogether.application.project.CommunityProjects;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Erases everything held about a person on request, in one transaction: their views (through the view's own erasure,
 * which decides whether the public text may stay), their registrations and the mail the outbox holds for them. The
 * copies of mail in the mail-drop folder are files, outside any transaction: they go once the rest is committed. The
 * audit log gets an entry per view and per registration erased, by reference, then one with the counts of it all. Who
 * suggested a community project still waiting for review is forgotten too; the suggestion stays, made by no one known.
 * So is every address left to be told about a consultation; the answers given with it, anonymous, stay. Their
 * subscriptions to follow things by email end, counted in the audit entry.
 */
public final class ErasureService implements EraseContributorData {

    private static final String PERSONAL_DATA = "(personal data)";

    private final Transactions transactions;
    private final FeedbackLog feedback;
    private final VersionedChange<Feedback> erasures;
    private final ForgetRegistrants registrants;
    private final CommunityProjects projects;
    private final VersionedChange<CommunityProject> suggestionErasures;
    private final Outbox outbox;
    private final Subscriptions subscriptions;
    private final SentMailCopies sentMail;
    private final AuditTrail audit;
    private final Clock clock;

    private final RespondentEmails respondentEmails;

    @Inject
    public ErasureService(Transactions transactions, FeedbackLog feedback, ForgetRegistrants registrants,
                          CommunityProjects projects, Outbox outbox, Subscriptions subscriptions,
                          SentMailCopies sentMail, RespondentEmails respondentEmails, AuditTrail audit, Clock clock) {
        this.respondentEmails = respondentEmails;
        this.transactions = transactions;
        this.feedback = feedback;
        this.erasures = VersionedChange.of("view", Feedback::version, feedback::update)
                .storedMeanwhileSays("A view changed while it was being erased; nothing was erased. Try again.");
        this.registrants = registrants;
        this.projects = projects;
        this.suggestionErasures = VersionedChange.of("community project", CommunityProject::version, projects::update)
                .storedMeanwhileSays("A suggested project changed while it was being erased; nothing was erased. "
                        + "Try again.");
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.sentMail = sentMail;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Outcome<ErasureReport> eraseByReference(Actor actor, FeedbackReference reference) {
        return erasing(actor, "by the reference of one of their views", () -> {
            Optional<Feedback> found = feedback.findByReference(reference);
            if (found.isEmpty()) {
                return Outcome.notFound("view", reference);
            }
            Map<FeedbackId, Feedback> views = new LinkedHashMap<>();
            views.put(found.get().id(), found.get());
            found.get().contact().email().ifPresent(email -> feedback.withContactEmail(email)
                    .forEach(view -> views.putIfAbsent(view.id(), view)));
            found.get().contact().phone().ifPresent(phone -> feedback.withContactPhone(phone)
                    .forEach(view -> views.putIfAbsent(view.id(), view)));
            return Outcome.done(erase(actor, List.copyOf(views.values()), found.get().contact().email()));
        });
    }

    @Override
    public Outcome<ErasureReport> erase(Actor actor, DataSubject subject) {
        return erasing(actor, "by " + subject.knownBy(), () -> {
            List<Feedback> views = switch (subject) {
                case DataSubject.ByEmail byEmail -> feedback.withContactEmail(byEmail.address());
                case DataSubject.ByPhone byPhone -> feedback.withContactPhone(byPhone.number());
            };
            return Outcome.done(erase(actor, views, subject.email()));
        });
    }

    /** What is erased in the store, and the address whose mail-drop copies go once it is committed. */
    private record Erased(ErasureReport report, Optional<EmailAddress> address, int subscriptions) {
    }

    /**
     * Runs {@code work} for an administrator, in one transaction; then removes the copies of mail to the person's
     * address, and records the counts of it all.
     */
    private Outcome<ErasureReport> erasing(Actor actor, String how, Supplier<Outcome<Erased>> work) {
        return AccessPolicy.inTransactionAs(actor, transactions, work, Role.ADMIN).map(erased -> {
            ErasureReport report = erased.report()
                    .withSentCopies(erased.address().map(sentMail::forget).orElse(0));
            transactions.inTransaction(() -> {
                audit.record(Optional.of(actor.id()), "personal-data.erased", "person", UUID.randomUUID().toString(),
                        counts(how, report, erased.subscriptions()));
                return report;
            });
            return report;
        });
    }

    private Erased erase(Actor actor, List<Feedback> views, Optional<EmailAddress> email) {
        int erased = 0;
        for (Feedback view : views) {
            if (view.erasedAt().isPresent()) {
                continue;
            }
            erasures.storeOrUndo(view.erase(clock.instant(), actor.id()));
            audit.record(Optional.of(actor.id()), "feedback.erased", "feedback", view.reference().value(), List.of(
                    new FieldChange("contact and original text", Optional.of(PERSONAL_DATA), Optional.of("erased"))));
            erased++;
        }
        List<Registration> registrations = email.map(registrants::forget).orElse(List.of());
        for (Registration registration : registrations) {
            audit.record(Optional.of(actor.id()), "registration.erased", "registration", registration.id().toString(),
                    List.of(new FieldChange("name, email address and access needs", Optional.of(PERSONAL_DATA),
                            Optional.of("erased"))));
        }
        List<CommunityProject> suggested = email.map(projects::suggestedBy).orElse(List.of());
        for (CommunityProject project : suggested) {
            suggestionErasures.storeOrUndo(project.forgetSuggester(clock.instant()));
            audit.record(Optional.of(actor.id()), "community-project.suggester-erased", "community-project",
                    project.id().toString(), List.of(new FieldChange("suggester's name and email address",
                            Optional.of(PERSONAL_DATA), Optional.of("erased"))));
        }
        int messages = email.map(outbox::forget).orElse(0);
        int updates = email.map(respondentEmails::forget).orElse(0);
        if (updates > 0) {
            audit.record(Optional.of(actor.id()), "consultation.update-addresses-erased", "person",
                    UUID.randomUUID().toString(), List.of(new FieldChange("addresses left for consultation updates",
                            Optional.of(PERSONAL_DATA), Optional.of(updates + " erased"))));
        }
        int followed = email.map(subscriptions::forget).orElse(0);
        return new Erased(new ErasureReport(erased, registrations.size(), messages, 0, suggested.size(), updates),
                email, followed);
    }

    private static List<FieldChange> counts(String how, ErasureReport report, int subscriptions) {
        List<FieldChange> counts = new ArrayList<>();
        counts.add(new FieldChange("asked", Optional.empty(), Optional.of(how)));
        Map<String, Integer> erased = new LinkedHashMap<>();
        erased.put("views", report.views());
        erased.put("meeting registrations", report.registrations());
        erased.put("messages held", report.messages());
        erased.put("community projects suggested", report.projectSuggestions());
        erased.put("mail-drop copies", report.sentCopies());
        erased.put("consultation update addresses", report.consultationUpdates());
        erased.put("subscriptions to follow by email", subscriptions);
        erased.forEach((what, count) -> counts.add(new FieldChange(what + " erased", Optional.empty(),
                Optional.of(Integer.toString(count)))));
        return counts;
    }
}
