/**
 * Load and latency measurement: the closed-loop {@link org.bettercaretogether.benchmarks.load.LoadGenerator}, the
 * sequential {@link org.bettercaretogether.benchmarks.load.LatencyProbe}, and what they report
 * ({@link org.bettercaretogether.benchmarks.load.Measurement}), latencies recorded in HdrHistogram.
 */
package org.bettercaretogether.benchmarks.load;
