package org.bettercaretogether.application.feedback;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Erases a person's personal data from their views on request, keeping the published text and the figures. */
public final class ErasureService implements EraseContributorData {

    private static final String PERSONAL_DATA = "(personal data)";

    private final Transactions transactions;
    private final FeedbackLog feedback;
    private final VersionedChange<Feedback> erasures;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ErasureService(Transactions transactions, FeedbackLog feedback, Outbox outbox, AuditTrail audit,
                              Clock clock) {
        this.transactions = transactions;
        this.feedback = feedback;
        this.erasures = VersionedChange.of("view", Feedback::version, feedback::update)
                .storedMeanwhileSays("A view changed while it was being erased; nothing was erased. Try again.");
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Outcome<Integer> eraseByReference(Actor actor, FeedbackReference reference) {
        return asAdmin(actor, () -> {
            Optional<Feedback> found = feedback.findByReference(reference);
            if (found.isEmpty()) {
                return Outcome.notFound("view", reference);
            }
            Map<FeedbackId, Feedback> views = new LinkedHashMap<>();
            views.put(found.get().id(), found.get());
            found.get().contact().email().ifPresent(email -> feedback.withContactEmail(email)
                    .forEach(view -> views.putIfAbsent(view.id(), view)));
            return erase(actor, List.copyOf(views.values()), found.get().contact().email());
        });
    }

    @Override
    public Outcome<Integer> eraseByEmail(Actor actor, EmailAddress email) {
        return asAdmin(actor, () -> erase(actor, feedback.withContactEmail(email), Optional.of(email)));
    }

    private Outcome<Integer> erase(Actor actor, List<Feedback> views, Optional<EmailAddress> email) {
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
        email.ifPresent(outbox::forget);
        return Outcome.done(erased);
    }

    private Outcome<Integer> asAdmin(Actor actor, Supplier<Outcome<Integer>> work) {
        return AccessPolicy.inTransactionAs(actor, transactions, work, Role.ADMIN);
    }
}
