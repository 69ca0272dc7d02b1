package org.bettercaretogether.persistence.shared;

import org.bettercaretogether.application.shared.StoreUnavailableException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure that comes from the database being out of reach (stopped, restarting, cut off) or from the pool
 * having no connection free in time, which a caller can only answer with "try again shortly", from a failure of the
 * statement itself, which is a fault to investigate. For this adapter's repositories; the composition root has no use
 * for it.
 */
public final class ConnectionLoss {

    /**
     * The server ending the session: {@code admin_shutdown} (stopped, or the backend terminated),
     * {@code crash_shutdown}, {@code cannot_connect_now} (starting up or shutting down).
     */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private ConnectionLoss() {
    }

    /**
     * Whether {@code failure}, or one of its causes, says that a connection to the database could not be made or was
     * lost: SQLSTATE class 08 (connection exception), or the server going away.
     *
     * <p>Also HikariCP's "Connection is closed", which has no SQLSTATE: once a statement has lost its connection, the
     * pool closes it, and what the caller does next on it (a rollback, as Bucket4j does) fails so, hiding the loss.
     */
    public static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (lost(sql.getSQLState()) || closedByThePool(sql))) {
                return true;
            }
        }
        return false;
    }

    private static boolean lost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || SERVER_GOING_AWAY.contains(sqlState));
    }

    private static boolean closedByThePool(SQLException failure) {
        return failure.getSQLState() == null && failure.getMessage() != null
                && failure.getMessage().endsWith("Connection is closed");
    }

    /**
     * Whether the work {@code failure} ended could not be done for want of a connection: one was lost or could not be
     * made ({@link #in}), or the pool had none free within its timeout.
     */
    public static boolean unavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof StoreUnavailableException) {
                return true;
            }
        }
        return in(failure);
    }

    /** The exception to throw instead of {@code failure}: {@link StoreUnavailableException} when it is one. */
    public static RuntimeException translated(RuntimeException failure) {
        return failure instanceof StoreUnavailableException || !unavailable(failure)
                ? failure : new StoreUnavailableException();
    }
}
