package org.bettercaretogether.application.security;

import java.time.Duration;

/**
 * Up to {@code capacity} actions, then none until {@code period} has passed since the counting began; the count
 * then starts again. Over time that is at most {@code capacity} actions per period.
 */
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
