package org.bettercaretogether.bootstrap;

import java.nio.file.Path;

/**
 * An embedded PostgreSQL that a test starts itself, so that it can both hand the service its address, as an operator
 * hands an external server's, and reach the database directly, as that operator could: to stop it, say, and start it
 * again on the same port with the same data.
 */
public final class TestDatabase implements AutoCloseable {

    private final Path dataDirectory;
    private final DatabaseAddress address;
    private final int port;
    private EmbeddedDatabase database; // null while stopped

    private TestDatabase(Path dataDirectory, EmbeddedDatabase database) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.address = database.address();
        this.port = database.port();
    }

    public static TestDatabase start(Path dataDirectory) {
        return new TestDatabase(dataDirectory, EmbeddedDatabase.start(dataDirectory));
    }

    public DatabaseAddress address() {
        return address;
    }

    /** Stops the server, as an operator would ({@code pg_ctl stop -m fast}: sessions are ended, and new ones refused). */
    public synchronized void stop() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** Starts the stopped server again, on the same port with the same data; answers once it takes connections. */
    public synchronized void restart() {
        if (database == null) {
            database = EmbeddedDatabase.start(dataDirectory, port, true);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
