package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.mail.DeliveryEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.UUID;

/**
 * Failures to deliver mail as warnings on the {@code mail} logger, for operators to route to their monitoring. The
 * application passes the message's id, its attempts and the mail adapter's reason (from which every address is taken
 * out), so no line can hold an address or a message's words.
 */
final class LoggedDeliveryEvents implements DeliveryEvents {

    private static final Logger log = LoggerFactory.getLogger("mail");

    @Override
    public void failed(UUID message, int attempts, Instant retryAt, String reason) {
        log.warn("Message {} not sent (attempt {}); it will be tried again at {}: {}", message, attempts, retryAt,
                reason);
    }

    @Override
    public void undelivered(UUID message, int attempts, String reason) {
        log.warn("Message {} not sent (attempt {}) and given up on; an administrator can send it again from "
                + "/staff/undelivered-mail: {}", message, attempts, reason);
    }
}
