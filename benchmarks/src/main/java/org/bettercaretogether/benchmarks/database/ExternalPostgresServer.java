package org.bettercaretogether.benchmarks.database;

/** A PostgreSQL server the run was given ({@code --database-url}); the run neither starts nor stops it. */
public record ExternalPostgresServer(DatabaseAddress administration) implements PostgresServer {

    @Override
    public String description() {
        return "external, " + administration.jdbcUrl();
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
