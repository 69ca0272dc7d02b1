package org.bettercaretogether.persistence;

import org.jooq.DSLContext;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/**
 * Waiting helpers for tests that race two transactions against each other: each wait gives up after
 * {@link #PATIENCE}, so a broken lock fails the test instead of hanging the build.
 */
public final class Concurrency {

    /** How long a test waits for the other side of a race before it fails. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private Concurrency() {
    }

    /** Until the latch opens; fails the test if it does not within {@link #PATIENCE}. */
    public static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("gave up waiting after " + PATIENCE);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", interrupted);
        }
    }

    /**
     * Until a statement on the server waits for another transaction to end, as a second writer of a locked row
     * does; a sleep could not tell "blocked" from "not started yet".
     */
    public static void awaitSomeoneWaitingForALock(DSLContext dsl) throws InterruptedException {
        awaitSomeoneWaitingFor(dsl, "transactionid");
    }

    /**
     * Until a statement on the server waits for a lock of {@code lockType}, as {@code pg_locks.locktype} names it:
     * {@code "transactionid"} for a row another transaction wrote, {@code "relation"} for a table another one holds.
     */
    public static void awaitSomeoneWaitingFor(DSLContext dsl, String lockType) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (dsl.fetchCount(table(name("pg_catalog", "pg_locks")),
                field(name("locktype"), String.class).eq(lockType)
                        .and(field(name("granted"), Boolean.class).isFalse())) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no statement started waiting for a " + lockType + " lock within "
                        + PATIENCE);
            }
            Thread.sleep(10);
        }
    }
}
