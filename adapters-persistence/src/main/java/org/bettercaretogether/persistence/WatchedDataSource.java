package org.bettercaretogether.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool as this adapter's repositories borrow from it: while the {@link DatabaseOutage} lasts, borrowing fails at
 * once (with SQLSTATE 08001, as if no connection could be made) instead of waiting out the pool's connection timeout;
 * and a borrowing that fails because the database cannot be reached begins the outage.
 */
final class WatchedDataSource implements DataSource {

    private final DataSource pool;
    private final DatabaseOutage outage;

    WatchedDataSource(DataSource pool, DatabaseOutage outage) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.outage = Objects.requireNonNull(outage, "outage");
    }

    @Override
    public Connection getConnection() throws SQLException {
        admit();
        try {
            return pool.getConnection();
        } catch (SQLException failure) {
            outage.poolFailed(failure);
            throw failure;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        admit();
        try {
            return pool.getConnection(username, password);
        } catch (SQLException failure) {
            outage.poolFailed(failure);
            throw failure;
        }
    }

    private void admit() throws SQLTransientConnectionException {
        if (!outage.admits()) {
            throw new SQLTransientConnectionException("The database cannot be reached just now", "08001");
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }

    @Override
    public String toString() {
        return "the watched " + pool;
    }
}
