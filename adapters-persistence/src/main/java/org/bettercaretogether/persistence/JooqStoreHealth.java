package org.bettercaretogether.persistence;

import org.bettercaretogether.application.health.StoreHealth;
import org.jooq.DSLContext;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks PostgreSQL for {@code select 1} and answers whether it replied within a short deadline.
 *
 * <p>The question runs on a virtual thread of its own, so neither a pool waiting for a connection nor a server that
 * accepts connections and then says nothing keeps the caller (a readiness probe) waiting past the deadline; the
 * abandoned attempt ends by itself when the driver or the pool gives up. Never throws: any failure means "not
 * reachable". It runs outside any transaction of the calling thread.
 */
final class JooqStoreHealth implements StoreHealth {

    /** How long a readiness probe waits for the answer. */
    static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(2);

    private final DSLContext dsl;
    private final Duration deadline;

    JooqStoreHealth(DSLContext dsl, Duration deadline) {
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive, was " + deadline);
        }
        this.dsl = dsl;
        this.deadline = deadline;
    }

    @Override
    public boolean reachable() {
        try {
            return CompletableFuture.supplyAsync(this::answersSelectOne,
                            task -> Thread.ofVirtual().name("bct-store-health").start(task))
                    .get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException notReachable) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean answersSelectOne() {
        int seconds = (int) Math.max(1, (deadline.toMillis() + 999) / 1000);
        return dsl.selectOne().queryTimeout(seconds).fetchOne() != null;
    }
}
