package org.bettercaretogether.persistence.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;

/**
 * One fresh, empty database on the shared embedded PostgreSQL server, with what a test needs to reach it: the
 * JDBC address, user and password (for code under test that opens its own connections) and a small pooled
 * {@link DataSource}. Closing it closes the pool and drops the database.
 */
public final class TestDatabase implements AutoCloseable {

    private final String name;
    private final String jdbcUrl;
    private final HikariDataSource dataSource;
    private final Runnable drop;
    private boolean closed;

    TestDatabase(String name, String jdbcUrl, Runnable drop) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.drop = drop;
        HikariConfig config = new HikariConfig();
        config.setPoolName("test-" + name);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user());
        config.setPassword(password());
        config.setMaximumPoolSize(5);
        config.setMinimumIdle(1);
        this.dataSource = new HikariDataSource(config);
    }

    /** The database's name, unique on the server, such as {@code test_partnerstest_3}. */
    public String name() {
        return name;
    }

    /** Such as {@code jdbc:postgresql://localhost:34567/test_partnerstest_3}. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The superuser of the embedded server. */
    public String user() {
        return TestDatabases.USER;
    }

    /** Any password is accepted by the embedded server; this one is given for code that insists on one. */
    public String password() {
        return TestDatabases.PASSWORD;
    }

    /** A pool of up to five connections to this database, closed with it. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes the pool and drops the database, even if connections are still open elsewhere. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            dataSource.close();
        } finally {
            drop.run();
        }
    }

    @Override
    public String toString() {
        return "TestDatabase[" + jdbcUrl + "]";
    }
}
