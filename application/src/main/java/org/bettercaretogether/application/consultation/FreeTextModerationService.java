package org.bettercaretogether.application.consultation;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.KeysetCursor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.PageRequest;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.feedback.Subjects;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.FreeTextAnswer;
import org.bettercaretogether.domain.consultation.FreeTextAnswerId;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.staff.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Moderates the free-text answers given with consent to publish, for those who moderate views: the queue of one
 * consultation's answers, paged by key, and each decision, checked against the version read and audited.
 */
public final class FreeTextModerationService implements ModerateFreeText {

    private final Transactions transactions;
    private final Consultations consultations;
    private final FreeTextAnswers answers;
    private final VersionedChange<FreeTextAnswer> versioned;
    private final Subjects subjects;
    private final Partners partners;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public FreeTextModerationService(Transactions transactions, Consultations consultations, FreeTextAnswers answers,
                                     Subjects subjects, Partners partners, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.consultations = consultations;
        this.answers = answers;
        this.versioned = VersionedChange.of("free-text answer", FreeTextAnswer::version, answers::update);
        this.subjects = subjects;
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Outcome<FreeTextQueuePage> queue(Actor actor, ConsultationId id, Optional<String> cursor, int limit) {
        return asModerator(actor, () -> PageRequest.of(cursor, limit, MAXIMUM_PAGE_SIZE, FreeTextAnswers.Position::new)
                .flatMap(request -> Outcome.found(consultations.find(id), "consultation", id).map(consultation -> {
                    PageRequest.Page<FreeTextAnswer> page = request.page(
                            answers.awaiting(id, request.after(), request.lookAhead()),
                            answer -> KeysetCursor.encode(answer.receivedAt(), answer.id().value()));
                    return new FreeTextQueuePage(summary(consultation), page.items(), answers.countAwaiting(id),
                            page.next());
                })));
    }

    @Override
    public Outcome<FreeTextAnswer> answer(Actor actor, FreeTextAnswerId id) {
        return asModerator(actor, () -> versioned.found(answers.find(id), id));
    }

    @Override
    public Outcome<FreeTextAnswer> publish(Actor actor, FreeTextAnswerId id, long version, String publicText) {
        Instant now = clock.instant();
        return decide(actor, id, version, "consultation.free-text-published",
                was -> was.publish(publicText, actor.id(), now));
    }

    @Override
    public Outcome<FreeTextAnswer> withhold(Actor actor, FreeTextAnswerId id, long version, WithholdReason reason,
                                            Optional<String> note) {
        Instant now = clock.instant();
        return decide(actor, id, version, "consultation.free-text-withheld",
                was -> was.withhold(reason, note, actor.id(), now));
    }

    private Outcome<FreeTextAnswer> decide(Actor actor, FreeTextAnswerId id, long version, String action,
                                           UnaryOperator<FreeTextAnswer> decision) {
        return asModerator(actor, () -> versioned.apply(answers.find(id), id, version, decision)
                .map(stored -> {
                    FreeTextAnswer is = stored.is();
                    // The decision, not the words: the audit trail holds nothing a respondent wrote.
                    audit.record(Optional.of(actor.id()), action, "consultation-free-text", is.id().toString(),
                            List.of(new FieldChange("moderation", Optional.of("PENDING"),
                                    Optional.of(moderation(is.moderation())))));
                    return is;
                }));
    }

    /** The moderation as the audit trail and storage name it. */
    public static String moderation(Moderation moderation) {
        return switch (moderation) {
            case Moderation.Pending pending -> "PENDING";
            case Moderation.Published published -> "PUBLISHED";
            case Moderation.Withheld withheld -> "WITHHELD";
        };
    }

    private ConsultationSummary summary(Consultation consultation) {
        return new ConsultationSummary(consultation, consultation.state(clock.instant()),
                subjects.describe(consultation.subject()),
                partners.find(consultation.runBy()).map(Partner::name).orElse("A former partner"));
    }

    private <T> Outcome<T> asModerator(Actor actor, Supplier<Outcome<T>> work) {
        return AccessPolicy.inTransactionAs(actor, transactions, work, Role.MODERATOR, Role.ADMIN);
    }
}
