package org.bettercaretogether.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the service waits on PostgreSQL before giving up, so that a database that is away costs a request a
 * couple of seconds rather than HikariCP's default of thirty.
 *
 * @param connection how long a caller waits for a connection from the pool, and the driver for a new connection to
 *                   open, before giving up (HikariCP's {@code connectionTimeout}, pgjdbc's {@code connectTimeout});
 *                   at least one second
 * @param statement  the longest a statement may run before the server cancels it (PostgreSQL's
 *                   {@code statement_timeout}, given through pgjdbc's {@code options}); zero for no limit
 * @param socket     the longest the driver waits for the server to say anything (pgjdbc's {@code socketTimeout}):
 *                   what ends a statement whose server went silent without closing the connection (a network cut);
 *                   longer than {@code statement}, so that a slow statement is cancelled by the server and its
 *                   connection kept; zero for no limit
 */
public record DatabaseTimeouts(Duration connection, Duration statement, Duration socket) {

    /** 2 s for a connection, 10 s for a statement, 15 s of silence. */
    public static final DatabaseTimeouts DEFAULTS =
            new DatabaseTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(15));

    public DatabaseTimeouts {
        Objects.requireNonNull(connection, "connection is required");
        Objects.requireNonNull(statement, "statement is required");
        Objects.requireNonNull(socket, "socket is required");
        if (connection.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("the connection timeout must be at least 1s, was " + connection);
        }
        if (statement.isNegative() || socket.isNegative()) {
            throw new IllegalArgumentException("timeouts must not be negative");
        }
        if (!socket.isZero() && (statement.isZero() || socket.compareTo(statement) <= 0)) {
            throw new IllegalArgumentException("the socket timeout (" + socket + ") must be longer than the statement "
                    + "timeout (" + statement + "), so that the server cancels a slow statement first");
        }
    }

    /**
     * The same connection timeout, with statements left to run as long as they take: for bringing the schema up to date
     * and loading data in bulk, whose single statements may run for minutes.
     */
    public DatabaseTimeouts withoutStatementLimits() {
        return new DatabaseTimeouts(connection, Duration.ZERO, Duration.ZERO);
    }
}
