package org.bettercaretogether.persistence;

import org.bettercaretogether.application.shared.StoreUnavailableException;
import org.bettercaretogether.persistence.shared.ConnectionLoss;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * jOOQ's connections, borrowed from the pool as jOOQ's own {@code DataSourceConnectionProvider} borrows them, except
 * that a borrowing that fails for want of the database throws {@link StoreUnavailableException}, which the application
 * knows, rather than a {@link DataAccessException}, which it does not.
 */
final class StoreConnections implements ConnectionProvider {

    private final DataSource dataSource;

    StoreConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection acquire() {
        try {
            return dataSource.getConnection();
        } catch (SQLException failure) {
            if (ConnectionLoss.unavailable(failure)) {
                throw new StoreUnavailableException();
            }
            throw new DataAccessException("Error getting connection from data source " + dataSource, failure);
        }
    }

    @Override
    public void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException failure) {
            throw new DataAccessException("Error closing connection " + connection, failure);
        }
    }
}
