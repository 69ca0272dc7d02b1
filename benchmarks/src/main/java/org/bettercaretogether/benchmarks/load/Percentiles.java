package org.bettercaretogether.benchmarks.load;

import org.HdrHistogram.Histogram;

/** Latencies in milliseconds: the median, the 95th and 99th percentiles, and the longest. */
public record Percentiles(double p50, double p95, double p99, double max) {

    static final Percentiles NONE = new Percentiles(0, 0, 0, 0);

    /** From a histogram of microseconds. */
    static Percentiles ofMicros(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return NONE;
        }
        return new Percentiles(millis(micros.getValueAtPercentile(50)), millis(micros.getValueAtPercentile(95)),
                millis(micros.getValueAtPercentile(99)), millis(micros.getMaxValue()));
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
