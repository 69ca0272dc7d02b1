package org.bettercaretogether.core;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import org.bettercaretogether.application.mail.DeliveryEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.UUID;

/**
 * Failures to deliver mail as warnings on the {@code mail} logger, for operators to route to their monitoring, and
 * counted for {@code /metrics} as {@code bct_mail_delivery_failures_total} by outcome ({@code retrying}, or
 * {@code given_up}). The application passes the message's id, its attempts and the mail adapter's reason (from which
 * every address is taken out), so no line can hold an address or a message's words.
 */
final class ObservedDeliveryEvents implements DeliveryEvents {

    private static final Logger log = LoggerFactory.getLogger("mail");

    private final Counter retrying;
    private final Counter givenUp;

    @Inject
    ObservedDeliveryEvents(MeterRegistry meters) {
        this.retrying = failures(meters, "retrying");
        this.givenUp = failures(meters, "given_up");
    }

    private static Counter failures(MeterRegistry meters, String outcome) {
        return Counter.builder("bct.mail.delivery.failures")
                .description("Attempts to send a message of the mail outbox that failed, by what follows")
                .tag("outcome", outcome).register(meters);
    }

    @Override
    public void failed(UUID message, int attempts, Instant retryAt, String reason) {
        retrying.increment();
        log.warn("Message {} not sent (attempt {}); it will be tried again at {}: {}", message, attempts, retryAt,
                reason);
    }

    @Override
    public void undelivered(UUID message, int attempts, String reason) {
        givenUp.increment();
        log.warn("Message {} not sent (attempt {}) and given up on; an administrator can send it again from "
                + "/staff/undelivered-mail: {}", message, attempts, reason);
    }
}
