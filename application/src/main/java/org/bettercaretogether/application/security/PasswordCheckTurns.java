package org.bettercaretogether.application.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Turns at checking a password at sign-in, a few at once. Each check is an Argon2 hash: 19 MiB of memory and most of
 * a core for a good part of a second, on purpose. Unbounded, a burst of sign-in attempts from many addresses (each
 * within its own rate limit) would run that many hashes at once and exhaust the heap; bounded, attempts beyond the
 * turns wait a short while for one, in order of arrival, and are then told to come back later.
 */
final class PasswordCheckTurns {

    /** How long an attempt waits for a turn before it is told to come back. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final Semaphore turns;
    private final Duration longestWait;

    PasswordCheckTurns(int atOnce, Duration longestWait) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one check must be able to run, was " + atOnce);
        }
        this.turns = new Semaphore(atOnce, true);
        this.longestWait = longestWait;
    }

    /** As many checks at once as the machine has cores: more would only wait for a core, holding their memory. */
    static PasswordCheckTurns forThisMachine() {
        return new PasswordCheckTurns(Runtime.getRuntime().availableProcessors(), LONGEST_WAIT);
    }

    /** What {@code check} answers, run in a turn; empty when no turn came within the longest wait. */
    <T> Optional<T> inTurn(Supplier<T> check) {
        boolean granted;
        try {
            granted = turns.tryAcquire(longestWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (!granted) {
            return Optional.empty();
        }
        try {
            return Optional.of(check.get());
        } finally {
            turns.release();
        }
    }
}
