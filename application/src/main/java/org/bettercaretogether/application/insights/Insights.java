package org.bettercaretogether.application.insights;

import org.bettercaretogether.application.shared.PublishedCount;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the views of a period add up to, as the public may read it: the views received, the share published, the share
 * answered, the median calendar days to an answer and the share answered by the day it was due, then each breakdown.
 * Counts of views are {@linkplain PublishedCount published under the small-number rule}; a share is empty where it
 * would give away a count of fewer than 5, and the median where fewer than 5 views were answered.
 *
 * @param answeredInTime per cent of the answered views answered by the working day their answer was due
 */
public record Insights(YearMonth from, YearMonth to, PublishedCount received, Optional<Integer> percentPublished,
                       Optional<Integer> percentAnswered, Optional<Double> medianDaysToAnswer,
                       Optional<Integer> answeredInTime, List<Breakdown> breakdowns) {

    public Insights {
        Objects.requireNonNull(received, "received");
        breakdowns = List.copyOf(breakdowns);
    }

    /** What a breakdown divides. */
    public enum Dimension {
        MONTH, COMMUNITY, NETWORK, WORKSTREAM, THEME, RESPONDENT, CHANNEL
    }

    /** What a breakdown counts: views received, or changes made (not people's views, so never suppressed). */
    public enum Counted {
        VIEWS, CHANGES_MADE
    }

    /**
     * One chart's figures, in the order shown. Rows of views, but by theme, add up to the views received: the last
     * row of a breakdown by community, network or workstream counts the views about none of them. A view counts
     * under each of its themes, so those rows add up to more, or less, than the views received.
     */
    public record Breakdown(Counted counted, Dimension dimension, List<Row> rows) {
        public Breakdown {
            Objects.requireNonNull(counted, "counted");
            Objects.requireNonNull(dimension, "dimension");
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row of a breakdown: a key a program can use ({@code 2026-03}, a slug, a theme's id, {@code member-of-public};
     * {@code none} for the views about none of the others) and a name a person reads.
     */
    public record Row(String key, String name, PublishedCount count) {
        public Row {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(count, "count");
        }
    }

    /** The breakdown of {@code counted} by {@code dimension}. */
    public Breakdown breakdown(Counted counted, Dimension dimension) {
        return breakdowns.stream().filter(b -> b.counted() == counted && b.dimension() == dimension).findFirst()
                .orElseThrow();
    }
}
