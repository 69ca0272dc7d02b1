package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.mail.DeliverMail;
import org.bettercaretogether.application.shared.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Empties the mail outbox on a schedule while the service runs. Each run sends what is due; a run that fails (the
 * database briefly unreachable, say) is logged and the next one tries again, so no message is lost; while the database
 * is away, the service has said so once already, so a run that finds it away says nothing more. Closing it stops
 * between two deliveries: it lets the one under way finish (for up to 10 s) and starts no other, even when more is
 * due, so that nothing is cut half sent.
 */
final class OutboxDelivery implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    static final int BATCH = 50;

    private final ScheduledExecutorService schedule;
    private final AtomicBoolean stopping;

    private OutboxDelivery(ScheduledExecutorService schedule, AtomicBoolean stopping) {
        this.schedule = schedule;
        this.stopping = stopping;
    }

    static OutboxDelivery every(Duration interval, DeliverMail delivery) {
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("outbox-delivery").daemon(true).factory());
        AtomicBoolean stopping = new AtomicBoolean();
        schedule.scheduleWithFixedDelay(() -> deliver(delivery, stopping), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new OutboxDelivery(schedule, stopping);
    }

    private static void deliver(DeliverMail delivery, AtomicBoolean stopping) {
        try {
            int sent;
            do {
                sent = delivery.deliverDue(BATCH);
                if (sent > 0) {
                    log.info("{} message(s) sent from the outbox", sent);
                }
            } while (sent == BATCH && !stopping.get());
        } catch (StoreUnavailableException away) {
            log.debug("The outbox waits for the database to be back");
        } catch (RuntimeException failure) {
            log.warn("Delivering the outbox failed; the next run will try again: {}", failure.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        stopping.set(true);
        schedule.shutdown();
        try {
            if (!schedule.awaitTermination(10, TimeUnit.SECONDS)) {
                schedule.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            schedule.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
