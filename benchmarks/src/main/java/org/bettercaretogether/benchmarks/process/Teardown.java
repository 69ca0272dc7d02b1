package org.bettercaretogether.benchmarks.process;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything a run started (the database, the servers, any child process), stopped in the reverse order at the end
 * of the run, when it fails, or when the JVM is asked to stop (Ctrl+C, {@code kill}): closing it, or its shutdown
 * hook, stops whatever is still running, once. So a child process never outlives the benchmark.
 */
public final class Teardown implements AutoCloseable {

    private final Deque<Entry> running = new ArrayDeque<>();
    private final Thread hook = new Thread(this::stopAll, "benchmark-teardown");
    private boolean stopping;

    private record Entry(String name, AutoCloseable resource) {
    }

    public Teardown() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Remembers {@code resource} to be closed at the end, and gives it back; once the run is stopping, closes it at
     * once and throws, so nothing started late survives.
     */
    public synchronized <T extends AutoCloseable> T add(String name, T resource) {
        if (stopping) {
            stop(new Entry(name, resource));
            throw new IllegalStateException("The run is stopping; " + name + " was stopped at once");
        }
        running.push(new Entry(name, resource));
        return resource;
    }

    /** Forgets a resource that its owner has already closed. */
    public synchronized void forget(AutoCloseable resource) {
        running.removeIf(entry -> entry.resource() == resource);
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // already inside the shutdown: the hook runs anyway and finds nothing left to stop
        }
    }

    private synchronized void stopAll() {
        stopping = true;
        while (!running.isEmpty()) {
            stop(running.pop());
        }
    }

    private static void stop(Entry entry) {
        try {
            entry.resource().close();
        } catch (Exception failure) {
            System.err.println("Stopping " + entry.name() + " failed: " + failure);
        }
    }
}
