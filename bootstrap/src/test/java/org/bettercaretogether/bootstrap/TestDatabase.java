package org.bettercaretogether.bootstrap;

import java.nio.file.Path;

/**
 * An embedded PostgreSQL that a test starts itself, so that it can both hand the service its address, as an operator
 * hands an external server's, and reach the database directly, as that operator could.
 */
public final class TestDatabase implements AutoCloseable {

    private final EmbeddedDatabase database;

    private TestDatabase(EmbeddedDatabase database) {
        this.database = database;
    }

    public static TestDatabase start(Path dataDirectory) {
        return new TestDatabase(EmbeddedDatabase.start(dataDirectory));
    }

    public DatabaseAddress address() {
        return database.address();
    }

    @Override
    public void close() {
        database.close();
    }
}
