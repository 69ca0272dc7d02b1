package org.bettercaretogether.application.security;

import java.time.Duration;

/** At most {@code capacity} actions in any {@code period}, refilled steadily over the period. */
public record Limit(int capacity, Duration period) {

    public Limit {
        if (capacity < 1) {
            throw new IllegalArgumentException("a limit allows at least one action");
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a limit needs a positive period");
        }
    }
}
