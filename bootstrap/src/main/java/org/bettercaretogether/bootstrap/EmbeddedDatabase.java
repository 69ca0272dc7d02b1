package org.bettercaretogether.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The default database: a real PostgreSQL, unpacked from a Maven artifact and run as a child process, keeping
 * its data under the data directory so it survives restarts. It listens on localhost only, and every connection
 * needs a password ({@link DatabaseRoles}): the service connects, and migrates, as a role that owns the schema but
 * is not a superuser.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final DatabaseRoles.Passwords passwords;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory, DatabaseRoles.Passwords passwords) {
        this.postgres = postgres;
        this.directory = directory;
        this.passwords = passwords;
    }

    /** Starts it on a free port; it stops when the JVM exits, if it was not closed before. */
    static EmbeddedDatabase start(Path dataDirectory) {
        return start(dataDirectory, 0, true);
    }

    /**
     * Starts it.
     *
     * @param port        the port to listen on; 0 picks a free one
     * @param stopWithJvm whether it stops itself, at once, when the JVM exits (on a shutdown hook of its own); false when
     *                    its owner stops it from a shutdown hook of its own, after what uses it
     */
    /** How long PostgreSQL may take to start, replaying its log after a crash included. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(5);

    static EmbeddedDatabase start(Path dataDirectory, int port, boolean stopWithJvm) {
        Path directory = dataDirectory.resolve("postgres");
        try {
            Files.createDirectories(directory);
            // Kept beside the data, readable by its owner alone; made at the first start of this version, also for
            // a data directory made before it (its server then still trusts every local connection, until below).
            DatabaseRoles.Passwords passwords = DatabaseRoles.Passwords.keptIn(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setConnectConfig("password", passwords.superuser())
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // PostgreSQL's defaults suit a small machine: 128 MB of pages in memory, a checkpoint each 1 GB
                    // of changes. A million views with their indexes take 1.5 GB; loading them with those defaults
                    // evicted index pages and wrote checkpoints all along (the views took 76.6 s to write; 62.7 s
                    // with these). The pages are taken from memory only as they are used.
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("checkpoint_timeout", "30min")
                    // Nothing replicates or archives an embedded database, so its log need only bring it back after
                    // a crash; tables filled in the transaction that emptied them (a sample load) are then written
                    // without logging each row.
                    .setServerConfig("wal_level", "minimal")
                    .setServerConfig("max_wal_senders", "0")
                    // The embedded server's own default is off, made for throw-away test databases: a commit was
                    // answered before its record left PostgreSQL's memory, so a crash of PostgreSQL lost the last
                    // fraction of a second of what the service had acknowledged (DatabaseCrashIT saw 46 of 1,200
                    // views go). On, a commit is answered once its record is written to the log, as PostgreSQL does
                    // by default.
                    .setServerConfig("synchronous_commit", "on")
                    // After a crash PostgreSQL replays its log before it takes a connection: with checkpoints as
                    // far apart as above, that can be gigabytes, far longer than the ten seconds waited by default
                    // (which a loaded machine already passed starting a database of a million views cleanly).
                    .setPGStartupWait(STARTUP_WAIT)
                    .setPort(port)
                    .setRegisterShutdownHook(stopWithJvm)
                    .start();
            DatabaseRoles.secure(postgres.getPort(), directory, passwords);
            log.info("Embedded PostgreSQL started on port {} with its data in {}", postgres.getPort(), directory);
            return new EmbeddedDatabase(postgres, directory, passwords);
        } catch (IOException failure) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start with its data in " + directory, failure);
        }
    }

    int port() {
        return postgres.getPort();
    }

    /** Where the service connects: as its own role, which owns the schema and is not a superuser. */
    DatabaseAddress address() {
        return new DatabaseAddress(postgres.getJdbcUrl(DatabaseRoles.SERVICE, "postgres"), DatabaseRoles.SERVICE,
                passwords.service());
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped; its data stays in {}", directory);
        } catch (IOException failure) {
            log.warn("The embedded PostgreSQL did not stop cleanly", failure);
        }
    }
}
