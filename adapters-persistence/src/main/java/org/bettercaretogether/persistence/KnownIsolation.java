package org.bettercaretogether.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A data source whose connections know their transaction isolation level without asking the database.
 *
 * <p>jOOQ reads the level at the start of every transaction, to restore it afterwards should the transaction ask for
 * another; PostgreSQL's driver answers that with a round trip ({@code SHOW TRANSACTION ISOLATION LEVEL}), one more
 * statement for the database to parse and run in each transaction, however small. Here a connection answers with the
 * level last set through it, or else the database's default, asked once for all connections (it is a setting of the
 * database and user the pool signs in as, the same for each of them; a pool such as HikariCP puts back a level
 * changed through it before lending the connection again). Everything else goes to the connection as it is.
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
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                new Remembering(connection));
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
    private final class Remembering implements InvocationHandler {

        private final Connection connection;
        private Integer level;

        Remembering(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            switch (method.getName()) {
                case "getTransactionIsolation" -> {
                    if (level == null) {
                        level = defaultLevel(connection);
                    }
                    return level;
                }
                case "setTransactionIsolation" -> {
                    connection.setTransactionIsolation((Integer) arguments[0]);
                    level = (Integer) arguments[0];
                    return null;
                }
                case "equals" -> {
                    return proxy == arguments[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                }
            }
        }
    }
}
