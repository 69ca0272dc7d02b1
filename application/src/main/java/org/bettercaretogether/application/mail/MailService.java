package org.bettercaretogether.application.mail;

import jakarta.inject.Inject;
import org.bettercaretogether.application.mail.MailSender.MailNotSentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the messages that are due, each on its own. A run claims a few due messages at once for a while (the lease,
 * see {@link DeliverySettings#lease()}), then hands them to the mail server one by one, marking what became of each as
 * soon as it is known. No transaction is open and nothing is locked while a message goes out, and a message marked
 * sent stays so whatever happens to the others. A run that dies leaves the messages it had not marked claimed until the
 * lease passes, when they are claimed again: at most the one being handed over when it died goes twice.
 *
 * <p>A message the server does not take is tried again after a pause that doubles each time from one minute up to six
 * hours. After {@link DeliverySettings#maximumAttempts()} failures, or at once when the server refuses it for good, the
 * outbox gives up on it: it stays, undelivered, for an administrator to send again. Each failure is reported to
 * {@link DeliveryEvents} with the message's id, never its address.
 *
 * <p>Messages go at the pace {@link DeliverySettings#perSecond()} sets (see {@link DeliveryPace}): a run with more
 * due than that waits between messages, its claims held meanwhile.
 */
public final class MailService implements DeliverMail {

    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration LONGEST_PAUSE = Duration.ofHours(6);
    /** Few, so that a run that dies leaves few messages waiting for their lease to pass. */
    static final int CLAIMED_AT_ONCE = 10;
    /** As long as a reason is kept; the rest of a longer one is cut. */
    static final int LONGEST_REASON = 500;

    private final Outbox outbox;
    private final MailSender sender;
    private final DeliveryEvents events;
    private final DeliverySettings settings;
    private final Clock clock;
    private final DeliveryPace pace;

    @Inject
    public MailService(Outbox outbox, MailSender sender, DeliveryEvents events, DeliverySettings settings,
                       Clock clock) {
        this(outbox, sender, events, settings, clock, new DeliveryPace(settings.perSecond()));
    }

    /** Paced by {@code pace} rather than by the JVM's clock at the pace {@code settings} set. */
    MailService(Outbox outbox, MailSender sender, DeliveryEvents events, DeliverySettings settings, Clock clock,
                DeliveryPace pace) {
        this.outbox = outbox;
        this.sender = sender;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.pace = pace;
    }

    /**
     * {@inheritDoc} A message is handed over only while at least half of its lease is left, so that its claim holds
     * until it is marked. A run interrupted between two messages stops there, giving back the claims of those it did
     * not try, and returns with its thread still interrupted.
     */
    @Override
    public int deliverDue(int limit) {
        int sent = 0;
        int claimed = 0;
        while (claimed < limit) {
            int asked = Math.min(CLAIMED_AT_ONCE, limit - claimed);
            Instant now = clock.instant();
            Instant handOverBy = now.plus(settings.lease().dividedBy(2));
            List<OutgoingMail> batch = outbox.claimDue(now, asked, now.plus(settings.lease()));
            claimed += batch.size();
            for (int next = 0; next < batch.size(); next++) {
                if (!turnCame() || clock.instant().isAfter(handOverBy)) {
                    release(batch.subList(next, batch.size()));
                    return sent;
                }
                if (deliver(batch.get(next))) {
                    sent++;
                }
            }
            if (batch.size() < asked) {
                break;
            }
        }
        return sent;
    }

    /** Waits for the next message's turn; false, with the thread's interruption kept, when interrupted. */
    private boolean turnCame() {
        if (Thread.currentThread().isInterrupted()) {
            return false;
        }
        try {
            pace.awaitTurn();
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean deliver(OutgoingMail mail) {
        try {
            sender.send(mail.to(), mail.subject(), mail.body(), mail.unsubscribe());
        } catch (MailNotSentException notSent) {
            notSent(mail, notSent.refusedForGood(), notSent.getMessage() == null ? "" : notSent.getMessage());
            return false;
        } catch (RuntimeException broken) {
            // Any failure of one message is that message's alone. The text of an unexpected one might quote anything,
            // an address included: only its kind is kept.
            notSent(mail, false, broken.getClass().getName());
            return false;
        }
        outbox.sent(mail.id());
        return true;
    }

    private void notSent(OutgoingMail mail, boolean refusedForGood, String described) {
        int attempts = mail.attempts() + 1;
        String reason = reason(described);
        Instant now = clock.instant();
        if (refusedForGood || attempts >= settings.maximumAttempts()) {
            outbox.giveUp(mail.id(), attempts, now, reason);
            events.undelivered(mail.id(), attempts, reason);
        } else {
            Instant retryAt = now.plus(pauseAfter(attempts));
            outbox.failed(mail.id(), attempts, retryAt, reason);
            events.failed(mail.id(), attempts, retryAt, reason);
        }
    }

    /** Gives back claims, the thread's interruption set aside meanwhile: the store may refuse to work under one. */
    private void release(List<OutgoingMail> untried) {
        boolean interrupted = Thread.interrupted();
        try {
            outbox.release(untried.stream().map(OutgoingMail::id).toList());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String reason(String described) {
        String reason = described.isBlank() ? "not sent, for no reason given" : described.strip();
        return reason.length() <= LONGEST_REASON ? reason : reason.substring(0, LONGEST_REASON - 1) + "…";
    }

    /** One minute after the first failure, doubling with each one after, never more than six hours. */
    static Duration pauseAfter(int attempts) {
        int doublings = Math.min(attempts - 1, 20);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }
}
