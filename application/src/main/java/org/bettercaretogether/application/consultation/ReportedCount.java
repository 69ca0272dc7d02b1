package org.bettercaretogether.application.consultation;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A count as results report it: the number and its share of those who answered, or — when fewer than
 * {@link #SMALLEST_SHOWN} people are counted — neither, so that nobody can be singled out. Every channel (page, API,
 * download) reports counts through this, so none of them can show what the others hide.
 */
public record ReportedCount(OptionalLong count, OptionalInt percent) {

    /** The smallest count shown; anything smaller (zero included) is reported as "fewer than 5". */
    public static final int SMALLEST_SHOWN = 5;

    /** How a hidden count reads. */
    public static final String HIDDEN = "fewer than " + SMALLEST_SHOWN;

    public ReportedCount {
        if (count.isEmpty() && percent.isPresent()) {
            throw new IllegalArgumentException("a hidden count has no share either");
        }
    }

    /** {@code count} out of {@code outOf}, hidden if under {@link #SMALLEST_SHOWN}. */
    public static ReportedCount of(long count, long outOf) {
        if (count < SMALLEST_SHOWN) {
            return new ReportedCount(OptionalLong.empty(), OptionalInt.empty());
        }
        return new ReportedCount(OptionalLong.of(count),
                OptionalInt.of((int) Math.round(100.0 * count / Math.max(count, outOf))));
    }

    /** A total, with no share: hidden if under {@link #SMALLEST_SHOWN}. */
    public static ReportedCount total(long count) {
        return count < SMALLEST_SHOWN ? new ReportedCount(OptionalLong.empty(), OptionalInt.empty())
                : new ReportedCount(OptionalLong.of(count), OptionalInt.empty());
    }

    public boolean hidden() {
        return count.isEmpty();
    }

    /** The count as people read it: the number, or "fewer than 5". */
    public String shown() {
        return count.isPresent() ? String.valueOf(count.getAsLong()) : HIDDEN;
    }
}
