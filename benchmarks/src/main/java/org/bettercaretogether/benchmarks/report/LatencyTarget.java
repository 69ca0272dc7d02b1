package org.bettercaretogether.benchmarks.report;

import java.util.Locale;
import java.util.Optional;
import org.bettercaretogether.benchmarks.load.Measurement;

/**
 * The single-request latency targets of issue 11, at any size.
 * <ul>
 *   <li>{@link #VIEW_SUMMARY}: a page or API answer that summarises views (the views page, scorecards, a community's
 *       page, you said we did, themes): p95 under 50 ms, and its median no more than 1.5× its median at the smallest
 *       size measured. (The growth is judged on medians: with a few dozen samples a p95 of a few milliseconds moves
 *       with one slow sample, while the median follows the work done.)</li>
 *   <li>{@link #STAFF_LIST}: the moderation queue and the list awaiting an answer, first page and deep: p95 under
 *       20 ms.</li>
 *   <li>{@link #SEARCH}: a search, for words found in most views as for rare ones: p95 under 50 ms (issue 15).</li>
 *   <li>{@link #NONE}: measured and shown, with no target.</li>
 * </ul>
 * Every sample must be answered 2xx for a target to be met.
 */
public enum LatencyTarget {

    VIEW_SUMMARY(50, 1.5, "p95 < 50 ms, ≤ 1.5× smallest"),
    STAFF_LIST(20, 0, "p95 < 20 ms"),
    SEARCH(50, 0, "p95 < 50 ms"),
    NONE(0, 0, "");

    private final double p95BelowMillis;
    private final double growthLimit;
    private final String description;

    LatencyTarget(double p95BelowMillis, double growthLimit, String description) {
        this.p95BelowMillis = p95BelowMillis;
        this.growthLimit = growthLimit;
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Its median over its median at the smallest size, when it has one to compare with. */
    public static Optional<Double> growth(Measurement here, Optional<Measurement> atSmallest) {
        return atSmallest.filter(smallest -> smallest.millis().p50() > 0)
                .map(smallest -> here.millis().p50() / smallest.millis().p50());
    }

    public Verdict judge(Measurement here, Optional<Measurement> atSmallest) {
        if (this == NONE) {
            return Verdict.NO_TARGET;
        }
        if (!here.clean()) {
            return Verdict.missed(here.failed() + " request(s) failed");
        }
        if (here.millis().p95() >= p95BelowMillis) {
            return Verdict.missed(String.format(Locale.ROOT, "p95 %.1f ms ≥ %.0f ms", here.millis().p95(),
                    p95BelowMillis));
        }
        Optional<Double> growth = growth(here, atSmallest);
        if (growthLimit > 0 && growth.isPresent() && growth.get() > growthLimit) {
            return Verdict.missed(String.format(Locale.ROOT, "%.1f× its time at the smallest size", growth.get()));
        }
        return Verdict.MET;
    }
}
