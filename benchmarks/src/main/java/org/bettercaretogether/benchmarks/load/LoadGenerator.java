package org.bettercaretogether.benchmarks.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.bettercaretogether.benchmarks.http.HttpConnection;
import org.bettercaretogether.benchmarks.http.HttpResponse;

/**
 * A closed loop: a number of workers, each with its own keep-alive connection, each sending its next request as
 * soon as the answer to the last has been read. It runs a warm-up first (answers not counted), then measures for
 * a fixed time; a request counts when it started inside the measured window.
 *
 * <p>A closed loop measures the throughput a server sustains and the latency at that throughput; it does not show
 * the queueing a server would build under a fixed arrival rate beyond its capacity ("coordinated omission").
 */
public final class LoadGenerator {

    private static final Duration STRAGGLER_WAIT = Duration.ofSeconds(70);

    private final String host;
    private final int port;
    private final int connections;

    public LoadGenerator(String host, int port, int connections) {
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be at least 1, was " + connections);
        }
        this.host = host;
        this.port = port;
        this.connections = connections;
    }

    public LoadResult run(RequestSource source, Duration warmUp, Duration measured) throws InterruptedException {
        Window window = new Window();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Worker worker = new Worker(i, source, window);
            workers.add(worker);
            worker.thread.start();
        }
        try {
            Thread.sleep(warmUp);
            window.start = System.nanoTime();
            Thread.sleep(measured);
            window.end = System.nanoTime();
        } finally {
            window.stopped = true;
            for (Worker worker : workers) {
                if (!worker.thread.join(STRAGGLER_WAIT)) {
                    worker.thread.interrupt();
                    worker.connection.close();
                }
            }
        }
        Tally total = new Tally();
        workers.forEach(worker -> total.add(worker.tally));
        return new LoadResult(total, Duration.ofNanos(window.end - window.start));
    }

    /** When the measured window opens and closes (nanoTime), written by the controlling thread only. */
    private static final class Window {
        volatile long start = Long.MAX_VALUE;
        volatile long end = Long.MAX_VALUE;
        volatile boolean stopped;

        boolean contains(long nanos) {
            return nanos >= start && nanos < end;
        }
    }

    private final class Worker implements Runnable {
        final Thread thread;
        final HttpConnection connection = new HttpConnection(host, port);
        final Tally tally = new Tally();
        private final RequestSource source;
        private final Window window;

        Worker(int number, RequestSource source, Window window) {
            this.thread = Thread.ofPlatform().name("load-" + port + "-" + number).daemon().unstarted(this);
            this.source = source;
            this.window = window;
        }

        @Override
        public void run() {
            try (connection) {
                while (!window.stopped) {
                    var request = source.next();
                    long started = System.nanoTime();
                    try {
                        HttpResponse answer = connection.send(request, false);
                        if (window.contains(started)) {
                            tally.answered(answer.status(), System.nanoTime() - started);
                        }
                    } catch (IOException error) {
                        if (window.contains(started)) {
                            tally.failed(error);
                        }
                        // A server that refuses connections must not turn the loop into a busy spin.
                        LockSupport.parkNanos(1_000_000);
                    }
                }
            }
        }
    }
}
