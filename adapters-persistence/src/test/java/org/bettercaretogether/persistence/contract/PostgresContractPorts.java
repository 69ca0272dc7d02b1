package org.bettercaretogether.persistence.contract;

import org.bettercaretogether.memory.contract.OutboundPorts;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;

import java.time.Duration;

/**
 * A fresh set of PostgreSQL ports for one case of a contract: a database of its own, migrated, dropped once the case
 * is over. The ports see every change at once, as the in-memory ones do.
 */
final class PostgresContractPorts {

    private PostgresContractPorts() {
    }

    static OutboundPorts fresh() {
        TestDatabase database = TestDatabases.createMigrated("contract");
        PostgresAdapters postgres = new PostgresAdapters(database.dataSource(), Duration.ZERO);
        return new OutboundPorts() {
            @Override
            public <T> T port(Class<T> type) {
                return postgres.port(type);
            }

            @Override
            public void close() {
                database.close();
            }
        };
    }
}
