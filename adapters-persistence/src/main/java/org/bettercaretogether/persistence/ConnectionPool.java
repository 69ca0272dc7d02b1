package org.bettercaretogether.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Opens the HikariCP pool of connections to the PostgreSQL server holding the programme's data.
 *
 * <p>The pool connects once while opening, so a wrong address or password fails at start-up, not on the first
 * request. The caller owns the pool and closes it when the application stops.
 */
public final class ConnectionPool {

    /**
     * Connections kept by default: enough for a small web node whose requests each hold a connection for a few
     * milliseconds; PostgreSQL itself works best with few connections per core.
     */
    public static final int DEFAULT_MAXIMUM_SIZE = 10;

    /** The pool's name in logs and metrics. */
    public static final String POOL_NAME = "bct-postgresql";

    private ConnectionPool() {
    }

    /**
     * Opens a pool of at most {@value #DEFAULT_MAXIMUM_SIZE} connections.
     *
     * @param jdbcUrl  the server and database, such as {@code jdbc:postgresql://localhost:5432/bct}
     * @param user     the database user
     * @param password the user's password; may be {@code null} when the server does not ask for one
     * @throws IllegalArgumentException when the URL or user is missing or blank
     * @throws RuntimeException when the server cannot be reached or refuses the user (from HikariCP)
     */
    public static HikariDataSource open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, DEFAULT_MAXIMUM_SIZE);
    }

    /**
     * Opens a pool of at most {@code maximumSize} connections.
     *
     * @see #open(String, String, String)
     */
    public static HikariDataSource open(String jdbcUrl, String user, String password, int maximumSize) {
        requireText(jdbcUrl, "jdbcUrl");
        requireText(user, "user");
        if (maximumSize < 1) {
            throw new IllegalArgumentException("maximumSize must be at least 1, was " + maximumSize);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName(POOL_NAME);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maximumSize);
        return new HikariDataSource(config);
    }

    /**
     * A pool of at most {@code maximumSize} connections that connects nowhere yet: its server is named later with
     * {@link #connect}, so that the service can build everything that uses the pool while the database starts.
     */
    public static HikariDataSource unconnected(int maximumSize) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("maximumSize must be at least 1, was " + maximumSize);
        }
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName(POOL_NAME);
        pool.setMaximumPoolSize(maximumSize);
        return pool;
    }

    /**
     * Points a pool made by {@link #unconnected} at its server and connects once, so that a wrong address or password
     * fails here rather than on the first request.
     *
     * @throws RuntimeException when the server cannot be reached or refuses the user
     */
    public static void connect(HikariDataSource pool, String jdbcUrl, String user, String password) {
        requireText(jdbcUrl, "jdbcUrl");
        requireText(user, "user");
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(user);
        pool.setPassword(password);
        try (Connection first = pool.getConnection()) {
            first.isValid(1);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("The database at " + jdbcUrl.replaceAll("password=[^&]*", "password=***")
                    + " could not be reached: " + unreachable.getMessage(), unreachable);
        }
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name + " is required").isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
