package org.bettercaretogether.application.mail;

import org.bettercaretogether.domain.shared.EmailAddress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Messages written and not yet sent. */
public interface Outbox {

    void add(OutgoingMail mail);

    /** Adds several messages, all or none; an adapter that can write them together does. */
    default void addAll(List<OutgoingMail> mails) {
        mails.forEach(this::add);
    }

    /**
     * Up to {@code limit} messages due by {@code now}, oldest first, held for this transaction so that another node
     * delivering at the same time skips them.
     */
    List<OutgoingMail> claimDue(Instant now, int limit);

    /** These messages were handed to the mail server: they leave the outbox. */
    void sent(Collection<UUID> ids);

    /** Sending failed: try again at {@code retryAt}, counting the attempt. */
    void failed(UUID id, int attempts, Instant retryAt);

    /** Removes every waiting message to this address (on erasure); answers how many. */
    int forget(EmailAddress to);

    /** How many messages are waiting. */
    int waiting();
}
