package org.bettercaretogether.benchmarks.database;

/**
 * The PostgreSQL server a run uses: the embedded one it started, or one it was given. Closing it stops the server
 * only if the run started it.
 */
public interface PostgresServer extends AutoCloseable {

    /** A database and user allowed to create databases, such as {@code postgres}. */
    DatabaseAddress administration();

    /** How the report names it: "embedded" or "external", with where it is. */
    String description();

    @Override
    void close();
}
