package org.bettercaretogether.benchmarks.load;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The counts of one thread (a worker of the load generator, or a probe): latencies in microseconds, answers,
 * errors and non-2xx statuses. Not thread-safe; tallies of several threads are merged once they have stopped.
 */
public final class Tally {

    /** Two minutes: far beyond any answer worth waiting for, with three significant digits below it. */
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);
    private static final int MAX_FAILURE_KINDS = 20;

    private final Histogram micros = new Histogram(HIGHEST_MICROS, 3);
    private final Map<String, Long> failures = new HashMap<>();
    private long answers;
    private long errors;
    private long non2xx;

    void answered(int status, long nanos) {
        answers++;
        micros.recordValue(Math.min(HIGHEST_MICROS, Math.max(1, nanos / 1_000)));
        if (status < 200 || status >= 300) {
            non2xx++;
            count(Integer.toString(status));
        }
    }

    void failed(IOException error) {
        errors++;
        count(error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage()));
    }

    private void count(String failure) {
        // A server that answers every request differently (a message with a port number in it) must not fill memory.
        String key = failures.size() < MAX_FAILURE_KINDS || failures.containsKey(failure) ? failure : "other";
        failures.merge(key, 1L, Long::sum);
    }

    /** Adds another tally's counts to this one. */
    public void add(Tally other) {
        micros.add(other.micros);
        other.failures.forEach((failure, count) -> failures.merge(failure, count, Long::sum));
        answers += other.answers;
        errors += other.errors;
        non2xx += other.non2xx;
    }

    /** The counts as a measurement of {@code window}. */
    public Measurement over(Duration window) {
        double seconds = window.toNanos() / 1e9;
        return new Measurement(answers, seconds, seconds > 0 ? answers / seconds : 0, Percentiles.ofMicros(micros),
                errors, non2xx, failures);
    }
}
