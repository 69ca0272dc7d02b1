package org.bettercaretogether.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.jooq.tools.jdbc.DefaultConnection;

/**
 * A data source whose connections know their transaction isolation level without asking the database.
 *
 * <p>jOOQ reads the level at the start of every transaction, to restore it afterwards should the transaction ask for
 * another; PostgreSQL's driver answers that with a round trip ({@code SHOW TRANSACTION ISOLATION LEVEL}), one more
 * statement for the database to parse and run in each transaction, however small. Here a connection answers with the
 * level last set through it, or else the database's default, asked once for all connections (it is a setting of the
 * database and user the pool signs in as, the same for each of them; a pool such as HikariCP puts back a level
 * changed through it before lending the connection again). Everything else goes to the connection as it is, through
 * jOOQ's forwarding connection: a reflective proxy cost 6 % of the service's time storing views.
 */
final class KnownIsolation extends ForwardingDataSource {

    private volatile Integer defaultLevel;

    private KnownIsolation(DataSource connections) {
        super(connections);
    }

    static DataSource over(DataSource connections) {
        Objects.requireNonNull(connections, "connections");
        return connections instanceof KnownIsolation ? connections : new KnownIsolation(connections);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return remembering(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return remembering(delegate.getConnection(username, password));
    }

    private Connection remembering(Connection connection) {
        return new Remembering(connection);
    }

    private int defaultLevel(Connection connection) throws SQLException {
        Integer known = defaultLevel;
        if (known == null) {
            known = connection.getTransactionIsolation();
            defaultLevel = known;
        }
        return known;
    }

    /** One borrowed connection, with the level set through it since it was borrowed, if any. */
    private final class Remembering extends DefaultConnection {

        private Integer level;

        Remembering(Connection connection) {
            super(connection);
        }

        @Override
        public int getTransactionIsolation() throws SQLException {
            if (level == null) {
                level = defaultLevel(getDelegate());
            }
            return level;
        }

        @Override
        public void setTransactionIsolation(int level) throws SQLException {
            getDelegate().setTransactionIsolation(level);
            this.level = level;
        }
    }
}
