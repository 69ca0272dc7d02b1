package org.bettercaretogether.persistence;

import org.bettercaretogether.persistence.shared.DirectStatement;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Creates the one jOOQ {@link DSLContext} that all repositories share.
 *
 * <p>Its transactions follow the thread: inside {@code dsl.transactionResult(() -> ...)} (or
 * {@code dsl.transaction(() -> ...)}) every statement run on that thread through this same {@code DSLContext}, by
 * any repository, uses the transaction's connection, and all of it commits or rolls back together. Outside a
 * transaction each statement borrows a connection from the pool and commits on its own.
 *
 * <p>Settings are jOOQ's defaults. The generated classes name no schema, so queries use the connection's search
 * path: the schema Flyway migrated, {@code public} unless the JDBC address says otherwise.
 */
public final class Jooq {

    private Jooq() {
    }

    /** A {@code DSLContext} for PostgreSQL over the connections of {@code dataSource}. */
    public static DSLContext dslContext(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource is required");
        return dslContext(new DataSourceConnectionProvider(KnownIsolation.over(dataSource)));
    }

    private static DSLContext dslContext(ConnectionProvider connections) {
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.POSTGRES);
        // Also installs the provider's thread-bound connection provider: no other ConnectionProvider may be set.
        configuration.set(new ThreadLocalTransactionProvider(connections));
        return DSL.using(configuration);
    }

    /**
     * A {@code DSLContext} like {@link #dslContext(DataSource)} whose committed writes move {@code version} at once,
     * and through which {@code version} asks the database about changes made elsewhere.
     */
    static DSLContext dslContext(DataSource dataSource, DatabaseVersion version) {
        return following(dslContext(dataSource), version, null);
    }

    /**
     * A {@code DSLContext} like {@link #dslContext(DataSource, DatabaseVersion)} whose work fails with the application's
     * {@code StoreUnavailableException} when it cannot be done for want of the database, telling {@code outage} of
     * connections lost.
     */
    static DSLContext dslContext(DataSource dataSource, DatabaseVersion version, DatabaseOutage outage) {
        return following(dslContext(new StoreConnections(KnownIsolation.over(dataSource))), version, outage);
    }

    /** Has {@code version} (and {@code outage}, unless null) follow every statement, through jOOQ or past it. */
    private static DSLContext following(DSLContext dsl, DatabaseVersion version, DatabaseOutage outage) {
        dsl.configuration().set(outage == null ? new ExecuteListener[]{version.writeNoticer()}
                : new ExecuteListener[]{version.writeNoticer(), outage.lossNoticer()});
        dsl.configuration().set(version.commitNoticer());
        DirectStatement.followedBy(dsl.configuration(), new DirectStatement.Followers() {
            @Override
            public void wrote(String sql) {
                version.wrote(sql);
            }

            @Override
            public RuntimeException failed(String sql, SQLException failure) {
                DataAccessException refused = new DataAccessException("SQL [" + sql + "]; " + failure.getMessage(),
                        failure);
                return outage == null ? refused : outage.translated(refused);
            }
        });
        version.askThrough(dsl);
        return dsl;
    }
}
