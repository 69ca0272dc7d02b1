package org.bettercaretogether.application.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * Where failures to deliver mail are reported for operators (a log). An event names the message by its id, with how
 * many attempts failed and the mail adapter's reason (which never holds an address); never the address or the words.
 */
public interface DeliveryEvents {

    /** Sending failed, and the message will be tried again at {@code retryAt}. */
    void failed(UUID message, int attempts, Instant retryAt, String reason);

    /** Sending failed and the outbox gave up on the message: it waits for an administrator. */
    void undelivered(UUID message, int attempts, String reason);
}
