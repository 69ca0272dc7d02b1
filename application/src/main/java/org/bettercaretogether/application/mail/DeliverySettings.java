package org.bettercaretogether.application.mail;

import java.time.Duration;

/**
 * How mail is delivered.
 *
 * @param maximumAttempts how many times sending a message may fail before the outbox gives up on it and sets it aside
 *                        for an administrator
 * @param lease           how long a delivery run holds the messages it claimed: no other run (on this node or
 *                        another) takes them meanwhile, and if the run dies they are claimed again once it has passed.
 *                        It must be far longer than handing one message over can take.
 */
public record DeliverySettings(int maximumAttempts, Duration lease) {

    public static final int DEFAULT_MAXIMUM_ATTEMPTS = 8;
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    public DeliverySettings {
        if (maximumAttempts < 1 || maximumAttempts > 100) {
            throw new IllegalArgumentException("the attempts at sending a message must be from 1 to 100");
        }
        if (lease.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("a lease on claimed messages lasts at least a minute");
        }
    }

    public static DeliverySettings defaults() {
        return new DeliverySettings(DEFAULT_MAXIMUM_ATTEMPTS, DEFAULT_LEASE);
    }
}
