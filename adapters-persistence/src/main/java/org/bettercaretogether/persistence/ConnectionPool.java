package org.bettercaretogether.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Opens the HikariCP pool of connections to the PostgreSQL server holding the programme's data.
 *
 * <p>The pool connects once while opening, so a wrong address or password fails at start-up, not on the first
 * request. The caller owns the pool and closes it when the application stops.
 *
 * <p>Its {@link DatabaseTimeouts} ({@linkplain DatabaseTimeouts#DEFAULTS the defaults} unless told) keep a caller from
 * waiting long on a database that is away: HikariCP's wait for a connection, and pgjdbc's for a new connection to open
 * and for the server to answer; PostgreSQL itself cancels a statement that runs too long.
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
        return open(jdbcUrl, user, password, maximumSize, DatabaseTimeouts.DEFAULTS);
    }

    /**
     * Opens a pool of at most {@code maximumSize} connections that waits on the server no longer than
     * {@code timeouts} say.
     *
     * @see #open(String, String, String)
     */
    public static HikariDataSource open(String jdbcUrl, String user, String password, int maximumSize,
                                        DatabaseTimeouts timeouts) {
        requireText(jdbcUrl, "jdbcUrl");
        requireText(user, "user");
        HikariConfig config = new HikariConfig();
        configure(config, maximumSize, timeouts);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        return new HikariDataSource(config);
    }

    /**
     * A pool of at most {@code maximumSize} connections, with the {@linkplain DatabaseTimeouts#DEFAULTS default
     * timeouts}, that connects nowhere yet.
     *
     * @see #unconnected(int, DatabaseTimeouts)
     */
    public static HikariDataSource unconnected(int maximumSize) {
        return unconnected(maximumSize, DatabaseTimeouts.DEFAULTS);
    }

    /**
     * A pool of at most {@code maximumSize} connections that connects nowhere yet: its server is named later with
     * {@link #connect}, so that the service can build everything that uses the pool while the database starts.
     */
    public static HikariDataSource unconnected(int maximumSize, DatabaseTimeouts timeouts) {
        HikariDataSource pool = new HikariDataSource();
        configure(pool, maximumSize, timeouts);
        return pool;
    }

    private static void configure(HikariConfig pool, int maximumSize, DatabaseTimeouts timeouts) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("maximumSize must be at least 1, was " + maximumSize);
        }
        Objects.requireNonNull(timeouts, "timeouts are required");
        pool.setPoolName(POOL_NAME);
        pool.setMaximumPoolSize(maximumSize);
        pool.setConnectionTimeout(timeouts.connection().toMillis());
        // Checking an idle connection before handing it out must leave time to open a new one if it is dead.
        pool.setValidationTimeout(timeouts.connection().toMillis() / 2);
        // As text: the driver reads its properties with getProperty, which does not see other values.
        pool.addDataSourceProperty("connectTimeout", wholeSeconds(timeouts.connection()));
        pool.addDataSourceProperty("socketTimeout", wholeSeconds(timeouts.socket()));
        if (!timeouts.statement().isZero()) {
            // Set when each connection opens, so that every statement on it is bounded; a JDBC address that sets its
            // own options parameter replaces this one.
            pool.addDataSourceProperty("options", "-c statement_timeout=" + timeouts.statement().toMillis());
        }
        pool.setThreadFactory(new PoolThreads(POOL_NAME));
    }

    /** pgjdbc takes its timeouts in whole seconds: rounded up, so that a timeout is never shorter than asked. */
    private static String wholeSeconds(Duration timeout) {
        return Long.toString(Math.min(Integer.MAX_VALUE, (timeout.toMillis() + 999) / 1000));
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

    /**
     * Whether the server behind {@code dataSource} lets a new connection open and answers on it, asked outside the pool
     * when it is one of HikariCP's (a pool that lost its connections hands none out until it has opened new ones, and
     * so cannot tell). Gives up within the pool's connection timeout; never throws.
     */
    static boolean answersOutsidePool(DataSource dataSource) {
        try (Connection connection = connectOutsidePool(dataSource)) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }

    private static Connection connectOutsidePool(DataSource dataSource) throws SQLException {
        if (!(dataSource instanceof HikariDataSource pool) || pool.getJdbcUrl() == null) {
            return dataSource.getConnection();
        }
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    /**
     * Has a pool made here try at once to open the connections it lacks, rather than when its back-off ends: once the
     * database is back after an outage, HikariCP would otherwise wait up to five seconds between two tries.
     */
    static void reconnectNow(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource pool && pool.getThreadFactory() instanceof PoolThreads threads) {
            threads.wake();
        }
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name + " is required").isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
