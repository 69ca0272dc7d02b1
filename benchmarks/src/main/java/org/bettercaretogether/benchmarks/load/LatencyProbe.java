package org.bettercaretogether.benchmarks.load;

import java.io.IOException;
import java.time.Duration;
import org.bettercaretogether.benchmarks.http.HttpConnection;
import org.bettercaretogether.benchmarks.http.HttpRequest;

/**
 * The time of one request at a time, with nothing else running: a few requests to warm up, then a number of
 * samples one after the other on one keep-alive connection.
 *
 * <p>An address that takes seconds to answer would hold the run for many minutes; each address therefore has a
 * time budget, after which it is sampled no more once it has {@value #FEWEST_SAMPLES} samples (the measurement
 * then counts fewer requests than asked, and the report says so).
 */
public final class LatencyProbe {

    static final int FEWEST_SAMPLES = 5;

    private final String host;
    private final int port;
    private final int warmUps;
    private final int samples;
    private final Duration budget;

    public LatencyProbe(String host, int port, int warmUps, int samples, Duration budget) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, was " + samples);
        }
        this.host = host;
        this.port = port;
        this.warmUps = warmUps;
        this.samples = samples;
        this.budget = budget;
    }

    public Measurement measure(HttpRequest request) {
        Tally tally = new Tally();
        long began = System.nanoTime();
        long deadline = began + budget.toNanos();
        try (var connection = new HttpConnection(host, port)) {
            for (int i = 0; i < warmUps && System.nanoTime() < deadline; i++) {
                try {
                    connection.send(request, false);
                } catch (IOException ignored) {
                    // counted below, when it happens again while measured
                }
            }
            began = System.nanoTime();
            deadline = began + budget.toNanos();
            for (int i = 0; i < samples && (i < FEWEST_SAMPLES || System.nanoTime() < deadline); i++) {
                long started = System.nanoTime();
                try {
                    tally.answered(connection.send(request, false).status(), System.nanoTime() - started);
                } catch (IOException error) {
                    tally.failed(error);
                }
            }
        }
        return tally.over(Duration.ofNanos(System.nanoTime() - began));
    }
}
