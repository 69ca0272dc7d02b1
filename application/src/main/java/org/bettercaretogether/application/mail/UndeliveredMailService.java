package org.bettercaretogether.application.mail;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.KeysetCursor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.PageRequest;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.staff.Role;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The undelivered messages, for administrators only: paged by when they were given up on, and sent again on request,
 * which the audit log records by the message's id (never its address).
 */
public final class UndeliveredMailService implements ManageUndeliveredMail {

    private final Transactions transactions;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public UndeliveredMailService(Transactions transactions, Outbox outbox, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Outcome<UndeliveredPage> undelivered(Actor actor, Optional<String> cursor, int pageSize) {
        Optional<Rejection> refused = AccessPolicy.requireAny(actor, Role.ADMIN);
        if (refused.isPresent()) {
            return Outcome.rejected(refused.get());
        }
        return PageRequest.of(cursor, pageSize, MAXIMUM_PAGE_SIZE, Outbox.UndeliveredPosition::new).map(request -> {
            PageRequest.Page<UndeliveredMail> page = request.page(outbox.undelivered(request.after(),
                    request.lookAhead()), mail -> KeysetCursor.encode(mail.givenUpAt(), mail.id()));
            return new UndeliveredPage(page.items(), page.next());
        });
    }

    @Override
    public Outcome<UndeliveredMail> sendAgain(Actor actor, UUID id) {
        return AccessPolicy.inTransactionAs(actor, transactions, () -> {
            Optional<UndeliveredMail> waitingAgain = outbox.sendAgain(id, clock.instant());
            waitingAgain.ifPresent(mail -> audit.record(Optional.of(actor.id()), "mail.sent-again", "mail",
                    id.toString(), List.of(
                            new FieldChange("state", Optional.of("undelivered"), Optional.of("waiting")),
                            new FieldChange("attempts", Optional.of(Integer.toString(mail.attempts())),
                                    Optional.of("0")))));
            return Outcome.found(waitingAgain, "undelivered message", id);
        }, Role.ADMIN);
    }
}
