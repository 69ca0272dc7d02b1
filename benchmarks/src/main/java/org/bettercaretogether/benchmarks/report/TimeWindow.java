package org.bettercaretogether.benchmarks.report;

import java.time.Duration;
import java.time.Instant;

/** A stretch of wall-clock time, such as one throughput measurement of the service. */
public record TimeWindow(Instant from, Instant to) {

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}
