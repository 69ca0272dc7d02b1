package org.bettercaretogether.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An embedded PostgreSQL that a test starts itself, so that it can both hand the service its address, as an operator
 * hands an external server's, and reach the database directly, as that operator could: to stop it, say, or kill it,
 * and start it again on the same port with the same data.
 */
public final class TestDatabase implements AutoCloseable {

    /** How a test kills the server. */
    public enum Crash {
        /**
         * {@code SIGKILL} to the postmaster alone: the processes it started find themselves orphaned and end, each as
         * soon as it next waits (a session finishing the statement it runs first).
         */
        POSTMASTER,
        /** {@code SIGKILL} to the postmaster and every process it started at once, as when its container is killed. */
        WHOLE_SERVER
    }

    /** Long enough for an orphaned session to finish the longest statement the service lets run (10 s). */
    private static final Duration PROCESSES_GONE_WITHIN = Duration.ofSeconds(30);

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

    /**
     * Kills the running server with {@code SIGKILL}, giving it no chance to write anything more, and answers once
     * every one of its processes has gone (PostgreSQL refuses to start on data whose shared memory an old process
     * still holds). {@link #restart()} then starts it again, and PostgreSQL recovers the data from its write-ahead log,
     * as after a power cut.
     */
    public synchronized void crash(Crash how) {
        if (database == null) {
            throw new IllegalStateException("the database is not running");
        }
        ProcessHandle postmaster = postmaster();
        List<ProcessHandle> server = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        if (how == Crash.WHOLE_SERVER) {
            server.forEach(ProcessHandle::destroyForcibly);
        }
        awaitExit(postmaster);
        server.forEach(TestDatabase::awaitExit);
        forgetKilled();
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

    /** The postmaster, by the process id on the first line of the {@code postmaster.pid} it keeps in its data. */
    private ProcessHandle postmaster() {
        Path pidFile = dataDirectory.resolve("postgres").resolve("postmaster.pid");
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster runs as " + pid));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(PROCESSES_GONE_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (ExecutionException | TimeoutException failure) {
            throw new IllegalStateException("process " + process.pid() + " of the killed database did not end",
                    failure);
        }
    }

    /**
     * Lets go of the killed server's data directory, which the embedded server's handle holds locked. Its attempt to
     * stop a server that is no longer there fails, as it must; that failure, logged as an error, is not the test's.
     */
    private void forgetKilled() {
        Logger embedded = (Logger) LoggerFactory.getLogger(EmbeddedPostgres.class);
        Level level = embedded.getLevel();
        embedded.setLevel(Level.OFF);
        try {
            database.close();
        } finally {
            embedded.setLevel(level);
            database = null;
        }
    }
}
