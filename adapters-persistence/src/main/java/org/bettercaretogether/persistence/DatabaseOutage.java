package org.bettercaretogether.persistence;

import org.bettercaretogether.application.shared.StoreUnavailableException;
import org.bettercaretogether.persistence.shared.ConnectionLoss;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Whether PostgreSQL is away, as the service last found it: while it is, borrowing a connection fails at once rather
 * than after the pool's connection timeout; the outage is logged once when it begins and once when it ends, rather than
 * once per request; and the pool is told to reconnect as soon as the database is back.
 *
 * <p>An outage begins when the pool cannot give a connection because the database cannot be reached, or when a
 * statement loses its connection and a new one cannot be opened either (one lost connection alone, a backend
 * terminated by an operator say, is no outage). While it lasts, one caller every {@code tryEvery} tries to open a
 * connection outside the pool instead of failing; when that works, the outage is over. So the service finds the
 * database back within {@code tryEvery} of its return, as long as requests (or a load balancer's readiness checks)
 * keep coming, and with no thread of its own.
 */
final class DatabaseOutage {

    /** How often, during an outage, a caller tries whether the database is back. */
    static final Duration TRY_EVERY = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final long NONE = Long.MIN_VALUE;

    private final BooleanSupplier databaseAnswers;
    private final Runnable reconnectNow;
    private final long tryEveryNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong began = new AtomicLong(NONE);
    private final ReentrantLock trying = new ReentrantLock();
    private volatile long triedAt;

    /**
     * @param databaseAnswers whether a new connection to the database opens and answers, tried outside the pool
     * @param reconnectNow    has the pool open the connections it lacks at once
     */
    DatabaseOutage(BooleanSupplier databaseAnswers, Runnable reconnectNow, Duration tryEvery, LongSupplier nanoTime) {
        this.databaseAnswers = Objects.requireNonNull(databaseAnswers, "databaseAnswers");
        this.reconnectNow = Objects.requireNonNull(reconnectNow, "reconnectNow");
        this.tryEveryNanos = tryEvery.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Whether an outage has begun and not yet ended. */
    boolean ongoing() {
        return began.get() != NONE;
    }

    /**
     * Whether a caller about to borrow a connection may go ahead: always outside an outage; during one, only the one
     * caller whose turn it is to try whether the database is back, and only if it is.
     */
    boolean admits() {
        if (!ongoing()) {
            return true;
        }
        if (nanoTime.getAsLong() - triedAt < tryEveryNanos || !trying.tryLock()) {
            return false;
        }
        try {
            if (nanoTime.getAsLong() - triedAt < tryEveryNanos || !ongoing()) {
                return !ongoing();
            }
            boolean back = databaseAnswers.getAsBoolean();
            triedAt = nanoTime.getAsLong();
            if (back) {
                end();
            }
            return back;
        } finally {
            trying.unlock();
        }
    }

    /** The pool could not give a connection; an outage begins if that is because the database cannot be reached. */
    void poolFailed(SQLException failure) {
        if (ConnectionLoss.in(failure)) {
            begin(failure);
        }
    }

    /** A statement lost its connection; an outage begins if no new connection can be opened either. */
    void connectionLost(Throwable failure) {
        if (!ongoing() && !databaseAnswers.getAsBoolean()) {
            begin(failure);
        }
    }

    /**
     * Makes a statement that failed for want of its connection throw {@link StoreUnavailableException}, and tells this
     * outage about the lost connection.
     */
    ExecuteListener lossNoticer() {
        return new ExecuteListener() {
            @Override
            public void exception(ExecuteContext ctx) {
                RuntimeException failure = ctx.exception();
                if (failure != null) {
                    ctx.exception(translated(failure));
                }
            }
        };
    }

    /**
     * The exception to throw for a statement's {@code failure}: {@link StoreUnavailableException} when it failed for
     * want of its connection (telling this outage about the lost connection), {@code failure} itself otherwise.
     */
    RuntimeException translated(RuntimeException failure) {
        if (failure instanceof StoreUnavailableException || !ConnectionLoss.unavailable(failure)) {
            return failure;
        }
        if (ConnectionLoss.in(failure)) {
            connectionLost(failure);
        }
        return new StoreUnavailableException();
    }

    private void begin(Throwable failure) {
        long now = nanoTime.getAsLong();
        if (began.compareAndSet(NONE, now)) {
            triedAt = now;
            LOG.warn("The database cannot be reached ({}); requests needing it answer 503 until it can be, which is "
                    + "tried every {} ms", reason(failure), TRY_EVERY.toMillis());
        }
    }

    private void end() {
        long since = began.getAndSet(NONE);
        if (since != NONE) {
            LOG.info("The database can be reached again, after {} s; requests are served again",
                    String.format("%.1f", (nanoTime.getAsLong() - since) / 1e9));
            reconnectNow.run();
        }
    }

    /** The innermost SQL failure's state and first line: the driver's words, which name no person. */
    private static String reason(Throwable failure) {
        SQLException innermost = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                innermost = sql;
            }
        }
        if (innermost == null) {
            return failure.getClass().getSimpleName();
        }
        String message = innermost.getMessage() == null ? "" : innermost.getMessage().lines().findFirst().orElse("");
        return "SQLSTATE " + innermost.getSQLState() + ": " + message;
    }
}
