package org.bettercaretogether.application.mail;

import java.time.Duration;

/**
 * How the outbox stands, for operators watching the service: how many messages wait to be sent, how long the oldest
 * of them has waited since it was written ({@link Duration#ZERO} when none waits), and how many the outbox gave up
 * on ({@link UndeliveredMail}). Nothing in it is personal.
 */
public record OutboxBacklog(int waiting, Duration oldestWaiting, int undelivered) {

    public OutboxBacklog {
        if (waiting < 0 || undelivered < 0 || oldestWaiting.isNegative()) {
            throw new IllegalArgumentException("a backlog counts and waits from zero up");
        }
    }
}
