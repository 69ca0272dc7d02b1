package org.bettercaretogether.benchmarks.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The PostgreSQL the service itself embeds (the same Maven artifact and binaries, started the same way), with its
 * data in a new directory of the run, deleted once the server has stopped.
 *
 * <p>The library deletes nothing itself here: on Ctrl+C its own shutdown hook may stop the server while the run's
 * teardown runs, so the teardown waits for the server to be gone ({@code postmaster.pid} removed) before deleting.
 */
public final class EmbeddedPostgresServer implements PostgresServer {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private boolean closed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    public static EmbeddedPostgresServer start(Path directory) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // As the service's own embedded database is set (bootstrap's EmbeddedDatabase says why).
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("checkpoint_timeout", "30min")
                    .setServerConfig("wal_level", "minimal")
                    .setServerConfig("max_wal_senders", "0")
                    // Acknowledged means stored, for the service and the baseline alike (ADR 11).
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            return new EmbeddedPostgresServer(postgres, directory);
        } catch (IOException failure) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start in " + directory, failure);
        }
    }

    @Override
    public DatabaseAddress administration() {
        return new DatabaseAddress("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
    }

    @Override
    public String description() {
        return "embedded, port " + postgres.getPort() + ", data in " + directory;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
            awaitStopped();
            deleteDirectory();
        } catch (IOException failure) {
            throw new UncheckedIOException("The embedded PostgreSQL did not stop cleanly", failure);
        }
    }

    private void awaitStopped() {
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        Path pid = directory.resolve("postmaster.pid");
        while (Files.exists(pid) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void deleteDirectory() throws IOException {
        if (Files.exists(directory.resolve("postmaster.pid"))) {
            throw new IOException("PostgreSQL still runs in " + directory + "; its data was left there");
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
