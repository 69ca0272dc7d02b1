package org.bettercaretogether.application.mail;

import jakarta.inject.Inject;
import org.bettercaretogether.application.shared.Transactions;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sends the messages that are due, each at most once when the mail server takes it. A message the server refuses is
 * tried again later, after a pause that doubles each time from one minute up to six hours; it is never dropped.
 */
public final class MailService implements DeliverMail {

    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration LONGEST_PAUSE = Duration.ofHours(6);

    private final Transactions transactions;
    private final Outbox outbox;
    private final MailSender sender;
    private final Clock clock;

    @Inject
    public MailService(Transactions transactions, Outbox outbox, MailSender sender, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public int deliverDue(int limit) {
        return transactions.inTransaction(() -> {
            List<OutgoingMail> due = outbox.claimDue(clock.instant(), limit);
            List<UUID> sent = new ArrayList<>();
            for (OutgoingMail mail : due) {
                try {
                    sender.send(mail.to(), mail.subject(), mail.body());
                    sent.add(mail.id());
                } catch (RuntimeException refused) {
                    // Any failure of one message is that message's alone: rolling back the run would send again the
                    // messages already handed over in it.
                    int attempts = mail.attempts() + 1;
                    outbox.failed(mail.id(), attempts, clock.instant().plus(pauseAfter(attempts)));
                }
            }
            // One statement for the run: the messages leave the outbox when the run commits, whichever way.
            if (!sent.isEmpty()) {
                outbox.sent(sent);
            }
            return sent.size();
        });
    }

    /** One minute after the first failure, doubling with each one after, never more than six hours. */
    static Duration pauseAfter(int attempts) {
        int doublings = Math.min(attempts - 1, 20);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }
}
