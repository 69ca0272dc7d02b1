package org.bettercaretogether.core;

import org.bettercaretogether.application.mail.DeliverMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Empties the mail outbox on a schedule while the service runs. Each run sends what is due, a batch after another
 * while full batches go; a run that fails is logged and the next one tries again, so no message is lost (see
 * {@link RepeatedWork}). Closing it stops between two deliveries: it lets the one under way finish and starts no
 * other, even when more is due, so that nothing is cut half sent.
 */
public final class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    static final int BATCH = 50;

    private OutboxDelivery() {
    }

    public static RepeatedWork every(Duration interval, DeliverMail delivery) {
        return RepeatedWork.every(interval, "outbox-delivery", "Delivering the outbox", stopping -> {
            int sent;
            do {
                sent = delivery.deliverDue(BATCH);
                if (sent > 0) {
                    log.info("{} message(s) sent from the outbox", sent);
                }
            } while (sent == BATCH && !stopping.getAsBoolean());
        });
    }
}
