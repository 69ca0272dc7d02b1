package org.bettercaretogether.application.mail;

import org.bettercaretogether.domain.shared.EmailAddress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Messages written and not yet sent. A message waits until it is due, is claimed by one delivery run for a while (its
 * lease), and then leaves the outbox once sent, waits again after a failure, or is set aside as undelivered.
 *
 * <p>Claiming, and marking what became of a message, each take effect at once, inside a transaction or out of it: the
 * delivery calls them outside any, so that nothing is held while a message goes out.
 */
public interface Outbox {

    void add(OutgoingMail mail);

    /** Adds several messages, all or none; an adapter that can write them together does. */
    default void addAll(List<OutgoingMail> mails) {
        mails.forEach(this::add);
    }

    /**
     * Claims up to {@code limit} messages due by {@code now} and claimed by no one (or whose claim ran out by then),
     * due soonest first, then oldest written, until {@code claimedUntil}. Two callers claiming at once get different
     * messages, and none is claimed again before {@code claimedUntil} unless {@link #release released}.
     */
    List<OutgoingMail> claimDue(Instant now, int limit, Instant claimedUntil);

    /** This message was handed to the mail server: it leaves the outbox. */
    void sent(UUID id);

    /** Sending failed: try again at {@code retryAt}, counting the attempt; the claim ends. */
    void failed(UUID id, int attempts, Instant retryAt, String reason);

    /** Sending failed and the outbox gives up on the message: it is undelivered from {@code at}; the claim ends. */
    void giveUp(UUID id, int attempts, Instant at, String reason);

    /** These claimed messages were not tried: their claims end, and they are due as before. */
    void release(Collection<UUID> ids);

    /**
     * Up to {@code limit} undelivered messages, given up on last first, strictly after {@code after} (the position of
     * the last message of the previous page) when given.
     */
    List<UndeliveredMail> undelivered(Optional<UndeliveredPosition> after, int limit);

    /** Where an undelivered message stands in their list: when it was given up on, then its id to break ties. */
    record UndeliveredPosition(Instant givenUpAt, UUID id) {
    }

    /**
     * The undelivered message with this id waits again, due at {@code now} with no attempt counted; answers it as it
     * was, or empty when there is no undelivered message with this id.
     */
    Optional<UndeliveredMail> sendAgain(UUID id, Instant now);

    /** Removes every message to this address, waiting or undelivered (on erasure); answers how many. */
    int forget(EmailAddress to);

    /** Every message to this address the outbox still holds, waiting or undelivered, oldest written first. */
    List<HeldMail> heldFor(EmailAddress to);

    /** How many messages wait to be sent (undelivered ones aside). */
    int waiting();

    /** How the outbox stands at {@code now}. */
    OutboxBacklog backlog(Instant now);
}
