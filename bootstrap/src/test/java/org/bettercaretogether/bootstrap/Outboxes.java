package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.mail.Outbox;

import java.time.Duration;

import static org.assertj.core.api.Assertions.fail;

/** The running service's mail outbox, as system tests wait on it. */
final class Outboxes {

    /** Longer than the outbox takes to empty, a delivery every 200 ms, with the most a test writes. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Outboxes() {
    }

    /**
     * Waits until the outbox of {@code platform} is empty: every message written so far has then been handed to the
     * mail server, which holds it, and no other is still to come (a message leaves the outbox once it is sent).
     */
    static void awaitEmpty(RunningService platform) throws InterruptedException {
        Outbox outbox = platform.get(Outbox.class);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int waiting;
        while ((waiting = outbox.waiting()) > 0) {
            if (System.nanoTime() > deadline) {
                fail("%d message(s) still in the outbox after %s", waiting, PATIENCE);
            }
            Thread.sleep(20);
        }
    }
}
