package org.bettercaretogether.memory.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a state a test checks, looking every few milliseconds, and fails saying what never came. */
public final class Eventually {

    private static final Duration LOOK_EVERY = Duration.ofMillis(25);

    private Eventually() {
    }

    /** Answers as soon as {@code state} holds; fails if it does not within {@code within}. */
    public static void until(String what, Duration within, BooleanSupplier state) {
        until(what, within, state, () -> "");
    }

    /** As {@link #until(String, Duration, BooleanSupplier)}, adding {@code seen} to the failure's message. */
    public static void until(String what, Duration within, BooleanSupplier state, Supplier<String> seen) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!state.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + within.toMillis() + " ms. " + seen.get());
            }
            LockSupport.parkNanos(LOOK_EVERY.toNanos());
        }
    }
}
