package org.bettercaretogether.benchmarks.report;

import java.util.List;

/**
 * Everything measured at one data size.
 *
 * @param sampleViews    the views sample-data was asked to hold
 * @param storedViews    the views the database held when the size was measured (the load tests add more)
 * @param loadSeconds    how long sample-data took to bring the database to this size
 */
public record SizeReport(long sampleViews, long storedViews, double loadSeconds, List<LatencyRow> latencies,
                         List<ThroughputRow> throughput) {

    public SizeReport {
        latencies = List.copyOf(latencies);
        throughput = List.copyOf(throughput);
    }
}
