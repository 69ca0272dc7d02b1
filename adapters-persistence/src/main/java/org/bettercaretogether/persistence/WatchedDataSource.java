package org.bettercaretogether.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The pool as this adapter's repositories borrow from it: while the {@link DatabaseOutage} lasts, borrowing fails at
 * once (with SQLSTATE 08001, as if no connection could be made) instead of waiting out the pool's connection timeout;
 * and a borrowing that fails because the database cannot be reached begins the outage.
 */
final class WatchedDataSource extends ForwardingDataSource {

    private final DatabaseOutage outage;

    WatchedDataSource(DataSource pool, DatabaseOutage outage) {
        super(pool);
        this.outage = Objects.requireNonNull(outage, "outage");
    }

    @Override
    public Connection getConnection() throws SQLException {
        admit();
        try {
            return delegate.getConnection();
        } catch (SQLException failure) {
            outage.poolFailed(failure);
            throw failure;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        admit();
        try {
            return delegate.getConnection(username, password);
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
    public String toString() {
        return "the watched " + delegate;
    }
}
