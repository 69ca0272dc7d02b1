package org.bettercaretogether.benchmarks.load;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a measurement found: how many answers came in how long, their latencies, and what went wrong.
 *
 * @param requests          the answers received (any status) for requests started in the measured window
 * @param seconds           the length of the window
 * @param requestsPerSecond {@code requests / seconds}
 * @param millis            the latencies of those answers
 * @param errors            requests that got no answer (refused, reset, timed out)
 * @param non2xx            answers whose status was not 2xx
 * @param failures          what went wrong, counted: a status ({@code "503"}) or an exception's type and message
 */
public record Measurement(long requests, double seconds, double requestsPerSecond, Percentiles millis, long errors,
                          long non2xx, Map<String, Long> failures) {

    public Measurement {
        failures = Map.copyOf(failures);
    }

    /** Whether every request got a 2xx answer. */
    public boolean clean() {
        return errors == 0 && non2xx == 0;
    }

    /** Errors and non-2xx answers together, as a report counts them. */
    public long failed() {
        return errors + non2xx;
    }

    /** The failures in a stable order, for a report. */
    public Map<String, Long> failuresSorted() {
        return new TreeMap<>(failures);
    }
}
