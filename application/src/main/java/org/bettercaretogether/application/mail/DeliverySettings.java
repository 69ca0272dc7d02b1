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
 * @param perSecond       the most messages this node hands to the mail server in a second, after a first second's
 *                        worth at once (see {@link DeliveryPace})
 */
public record DeliverySettings(int maximumAttempts, Duration lease, int perSecond) {

    public static final int DEFAULT_MAXIMUM_ATTEMPTS = 8;
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    /**
     * Twenty a second: 72,000 an hour, far more than the programme sends in a day, and within what mail relays usually
     * take from one sender.
     */
    public static final int DEFAULT_PER_SECOND = 20;
    /** The fastest pace that may be set. */
    public static final int MOST_PER_SECOND = 10_000;

    public DeliverySettings {
        if (maximumAttempts < 1 || maximumAttempts > 100) {
            throw new IllegalArgumentException("the attempts at sending a message must be from 1 to 100");
        }
        if (lease.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("a lease on claimed messages lasts at least a minute");
        }
        if (perSecond < 1 || perSecond > MOST_PER_SECOND) {
            throw new IllegalArgumentException("the messages handed over a second must be from 1 to " + MOST_PER_SECOND);
        }
    }

    /** These attempts and lease, at the default pace. */
    public DeliverySettings(int maximumAttempts, Duration lease) {
        this(maximumAttempts, lease, DEFAULT_PER_SECOND);
    }

    public static DeliverySettings defaults() {
        return new DeliverySettings(DEFAULT_MAXIMUM_ATTEMPTS, DEFAULT_LEASE);
    }
}
