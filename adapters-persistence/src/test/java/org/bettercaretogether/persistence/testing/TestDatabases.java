package org.bettercaretogether.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty databases on one embedded PostgreSQL server shared by the whole JVM, for code outside JUnit (a
 * {@code main} for a demonstration, another test framework). JUnit tests use {@link EmbeddedPostgresExtension},
 * which relies on this class.
 *
 * <pre>{@code
 * try (TestDatabase database = TestDatabases.create("demo")) {
 *     SchemaMigrations.migrate(database.dataSource());
 *     ...
 * }
 * }</pre>
 *
 * <p>The server starts on first use (about a second; the first time on a machine also unpacks the binaries) and
 * stops on {@link #stopServer()} or, at the latest, when the JVM exits normally. A JVM killed with {@code kill -9}
 * leaves the server process running.
 */
public final class TestDatabases {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static EmbeddedPostgres server; // guarded by TestDatabases.class

    private TestDatabases() {
    }

    /** Creates a fresh, empty database, named after {@code hint} (letters and digits kept, lower-cased). */
    public static TestDatabase create(String hint) {
        EmbeddedPostgres postgres = server();
        String name = uniqueName(hint);
        execute(postgres, "create database " + name);
        String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
        return new TestDatabase(name, jdbcUrl, () -> drop(postgres, name));
    }

    /** Creates a fresh, empty database. */
    public static TestDatabase create() {
        return create("db");
    }

    /** Stops the shared server if it runs; databases still open become unreachable. The next create starts anew. */
    public static synchronized void stopServer() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException failure) {
            throw new UncheckedIOException("the embedded PostgreSQL server did not stop cleanly", failure);
        } finally {
            server = null;
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        // Throw-away data: durability only costs time here.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException failure) {
                throw new UncheckedIOException("the embedded PostgreSQL server did not start", failure);
            }
        }
        return server;
    }

    private static synchronized void drop(EmbeddedPostgres postgres, String name) {
        if (postgres != server) {
            return; // that server is stopped, and its databases with it
        }
        execute(postgres, "drop database if exists " + name + " with (force)");
    }

    private static void execute(EmbeddedPostgres postgres, String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("embedded PostgreSQL refused: " + sql, failure);
        }
    }

    private static String uniqueName(String hint) {
        String cleaned = hint == null ? "" : hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        if (cleaned.length() > 40) {
            cleaned = cleaned.substring(0, 40);
        }
        return "test_" + (cleaned.isEmpty() ? "db" : cleaned) + "_" + SEQUENCE.incrementAndGet();
    }
}
