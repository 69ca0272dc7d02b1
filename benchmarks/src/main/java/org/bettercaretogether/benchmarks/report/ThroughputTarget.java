package org.bettercaretogether.benchmarks.report;

import java.util.Locale;
import org.bettercaretogether.benchmarks.load.Measurement;

/**
 * A throughput target of issue 11: the service's requests per second at least a share of the baseline's, measured
 * the same way, with every request answered 2xx (a fast error is not throughput).
 *
 * @param minimumRatio such as 0.7 for "at least 0.7× the baseline"
 */
public record ThroughputTarget(double minimumRatio) {

    /** {@code GET /api/v1/communities/{slug}} against one row as JSON. */
    public static final ThroughputTarget JSON = new ThroughputTarget(0.7);
    /** The HTML pages against a small page from a 12-row table. */
    public static final ThroughputTarget PAGE = new ThroughputTarget(0.5);
    /** {@code POST /api/v1/feedback} against an insert and commit. */
    public static final ThroughputTarget SUBMISSION = new ThroughputTarget(0.5);

    /** The service's rate over the baseline's; 0 when the baseline answered nothing. */
    public static double ratio(Measurement service, Measurement baseline) {
        return baseline.requestsPerSecond() > 0 ? service.requestsPerSecond() / baseline.requestsPerSecond() : 0;
    }

    public Verdict judge(Measurement service, Measurement baseline) {
        if (!service.clean()) {
            return Verdict.missed(service.failed() + " request(s) failed");
        }
        double ratio = ratio(service, baseline);
        return ratio >= minimumRatio ? Verdict.MET
                : Verdict.missed(String.format(Locale.ROOT, "%.2f× < %.1f×", ratio, minimumRatio));
    }

    /** As a table cell, such as "≥ 0.7×". */
    public String cell() {
        return String.format(Locale.ROOT, "≥ %.1f×", minimumRatio);
    }
}
