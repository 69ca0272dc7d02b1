package org.bettercaretogether.benchmarks.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.bettercaretogether.benchmarks.http.HttpConnection;
import org.bettercaretogether.benchmarks.http.HttpRequest;

/**
 * An HTTP server started as a child process on a free local port, ready once its readiness address answers 200.
 * The time from starting the process to that first 200 is kept: it is what "ready in under 3 s" measures.
 */
public final class ServerProcess implements AutoCloseable {

    public static final String HOST = "localhost";
    private static final Duration POLL = Duration.ofMillis(20);

    private final ChildProcess child;
    private final int port;
    private final Duration startToReady;
    private final Teardown teardown;

    private ServerProcess(ChildProcess child, int port, Duration startToReady, Teardown teardown) {
        this.child = child;
        this.port = port;
        this.startToReady = startToReady;
        this.teardown = teardown;
    }

    /**
     * Starts the server and waits until {@code readinessPath} answers 200.
     *
     * @param command     the command line, given the port chosen
     * @param environment the environment, given the port chosen
     */
    public static ServerProcess start(String name, IntFunction<List<String>> command,
                                      IntFunction<Map<String, String>> environment,
                                      String readinessPath, Path log, Duration timeout, Teardown teardown)
            throws InterruptedException {
        int port = freePort();
        ChildProcess child;
        try {
            child = teardown.add(name, ChildProcess.start(name, command.apply(port), environment.apply(port), log,
                    line -> { }));
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not start " + name, failure);
        }
        Duration ready = awaitReady(child, port, readinessPath, timeout, log);
        return new ServerProcess(child, port, ready, teardown);
    }

    private static Duration awaitReady(ChildProcess child, int port, String path, Duration timeout, Path log)
            throws InterruptedException {
        long deadline = child.startedNanos() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!child.alive()) {
                throw new IllegalStateException(child.name() + " stopped before it was ready; its last lines (all in "
                        + log + "):" + System.lineSeparator() + child.tail());
            }
            try (var connection = new HttpConnection(HOST, port)) {
                if (connection.send(HttpRequest.get(path), false).status() == 200) {
                    return Duration.ofNanos(System.nanoTime() - child.startedNanos());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        throw new IllegalStateException(child.name() + " was not ready within " + timeout.toSeconds() + " s; its last "
                + "lines (all in " + log + "):" + System.lineSeparator() + child.tail());
    }

    /** A port nothing listens on now; the server binds it a moment later. */
    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException("No free local port", failure);
        }
    }

    public int port() {
        return port;
    }

    /** Whether it still runs: a server that died (out of memory, say) explains every failure after it. */
    public boolean alive() {
        return child.alive();
    }

    /** Its last lines of output. */
    public String tail() {
        return child.tail();
    }

    /** From starting the process to the first 200 of its readiness address. */
    public Duration startToReady() {
        return startToReady;
    }

    /** Asks it to stop, and waits (a JVM runs its shutdown hooks and writes its flight recording). */
    @Override
    public void close() {
        child.close();
        teardown.forget(child);
    }
}
