package org.bettercaretogether.benchmarks.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The fresh database a run creates for itself on the server, which every child process is given, and the few
 * questions the benchmark asks it directly (the server's version, how many views it holds).
 */
public final class RunDatabase {

    private final PostgresServer server;
    private final String name;
    private final DatabaseAddress address;

    private RunDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
        this.address = server.administration().withDatabase(name);
    }

    /** Creates the database {@code name}, which must not exist yet. */
    public static RunDatabase create(PostgresServer server, String name) {
        var database = new RunDatabase(server, name); // checks that the name is a plain one
        try (Connection admin = connect(server.administration()); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not create the run's database " + name + " on "
                    + server.administration().jdbcUrl() + " as " + server.administration().user() + ": "
                    + failure.getMessage(), failure);
        }
        return database;
    }

    public String name() {
        return name;
    }

    public DatabaseAddress address() {
        return address;
    }

    public PostgresServer server() {
        return server;
    }

    /** Such as "18.1". */
    public String serverVersion() throws SQLException {
        return single("show server_version");
    }

    /** The views stored, whatever their state. */
    public long views() throws SQLException {
        return Long.parseLong(single("select count(*) from feedback"));
    }

    /** Drops the database, for a server the run does not own; connections to it are ended first. */
    public void drop() throws SQLException {
        try (Connection admin = connect(server.administration()); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    private String single(String query) throws SQLException {
        try (Connection connection = connect(address); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    private static Connection connect(DatabaseAddress address) throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
    }
}
