package org.bettercaretogether.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.bettercaretogether.persistence.SchemaMigrations;

import javax.sql.DataSource;
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
    private static String migratedTemplate; // on server; guarded by TestDatabases.class

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

    /**
     * Creates a fresh database with the schema migrated, named after {@code hint}: a copy of a template database that
     * the first call migrates with {@link SchemaMigrations#migrate(DataSource)}, so that each test class does not
     * apply every migration again (a copy takes a fifth of the time).
     */
    public static TestDatabase createMigrated(String hint) {
        EmbeddedPostgres postgres = server();
        String template = migratedTemplate(postgres);
        String name = uniqueName(hint);
        // Copied file by file: the template is small, and the server throw-away (no fsync).
        execute(postgres, "create database " + name + " template " + template + " strategy file_copy");
        String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
        return new TestDatabase(name, jdbcUrl, () -> drop(postgres, name));
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
            migratedTemplate = null;
        }
    }

    /**
     * The server's template database with the schema migrated, made on first use. Its migration closes every
     * connection it opened (a database is copied only while no one is connected to it), and nothing else connects.
     */
    private static synchronized String migratedTemplate(EmbeddedPostgres postgres) {
        if (migratedTemplate == null) {
            String name = uniqueName("migrated_template");
            execute(postgres, "create database " + name);
            SchemaMigrations.migrate(postgres.getDatabase(USER, name));
            migratedTemplate = name;
        }
        return migratedTemplate;
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
