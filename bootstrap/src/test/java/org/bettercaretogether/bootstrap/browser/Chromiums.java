package org.bettercaretogether.bootstrap.browser;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The Chromiums of a test run. Each browser test that runs takes one to itself, and gives it back when it ends; one
 * more is started whenever every one is in use, so the run has as many as it runs browser tests at once (Playwright
 * may be used by one thread at a time only, so tests running at once cannot share one).
 */
final class Chromiums implements AutoCloseable {

    private final Path executable;
    private final IntFunction<Path> workDirectory;
    private final Deque<Chromium> idle = new ArrayDeque<>();
    private final List<Chromium> started = new ArrayList<>();
    private boolean closed;

    /** Chromiums of {@code executable}, the n-th keeping its profile in {@code workDirectory.apply(n)}. */
    Chromiums(Path executable, IntFunction<Path> workDirectory) {
        this.executable = executable;
        this.workDirectory = workDirectory;
    }

    /** A Chromium no other test uses until the lease is closed. */
    Lease lease() {
        int number;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the test run's Chromiums are closed");
            }
            Chromium chromium = idle.pollFirst();
            if (chromium != null) {
                return new Lease(chromium);
            }
            number = started.size() + 1;
            started.add(null); // its place, while it starts outside the lock
        }
        Chromium chromium = Chromium.launch(executable, workDirectory.apply(number));
        synchronized (this) {
            started.set(number - 1, chromium);
            if (closed) {
                chromium.close();
                throw new IllegalStateException("the test run's Chromiums are closed");
            }
        }
        return new Lease(chromium);
    }

    private synchronized void giveBack(Chromium chromium) {
        if (!closed) { // else it is closed already, with the others
            idle.addFirst(chromium);
        }
    }

    @Override
    public void close() {
        List<Chromium> toClose;
        synchronized (this) {
            closed = true;
            toClose = started.stream().filter(chromium -> chromium != null).toList();
            idle.clear();
        }
        RuntimeException failure = null;
        for (Chromium chromium : toClose) {
            try {
                chromium.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** One test's Chromium, given back when closed. */
    final class Lease implements AutoCloseable {

        private final Chromium chromium;
        private boolean returned;

        private Lease(Chromium chromium) {
            this.chromium = chromium;
        }

        Chromium chromium() {
            return chromium;
        }

        @Override
        public synchronized void close() {
            if (!returned) {
                returned = true;
                giveBack(chromium);
            }
        }
    }
}
