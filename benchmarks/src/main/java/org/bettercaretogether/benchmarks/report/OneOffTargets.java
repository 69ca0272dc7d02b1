package org.bettercaretogether.benchmarks.report;

import java.util.Locale;

/** The targets of issue 11 that are one figure for the whole run: time in GC, and the restart. */
public final class OneOffTargets {

    /** The service spends less than this share of its time in GC pauses, with a 256 MB heap. */
    public static final double GC_SHARE_BELOW = 0.05;
    /** A restart on existing data (the largest size) is ready in less than this. */
    public static final double RESTART_SECONDS_BELOW = 3.0;

    private OneOffTargets() {
    }

    public static Verdict gc(double share) {
        return share < GC_SHARE_BELOW ? Verdict.MET
                : Verdict.missed(String.format(Locale.ROOT, "%.1f %% ≥ %.0f %%", share * 100, GC_SHARE_BELOW * 100));
    }

    public static Verdict restart(double seconds) {
        return seconds < RESTART_SECONDS_BELOW ? Verdict.MET
                : Verdict.missed(String.format(Locale.ROOT, "%.1f s ≥ %.0f s", seconds, RESTART_SECONDS_BELOW));
    }
}
