package org.bettercaretogether.application.shared;

import java.util.List;
import java.util.Optional;

/**
 * A count of people as it may be published: views in insights, answers in the results of a consultation. Counts from
 * 1 to 4 are never published, only said to be "fewer than 5", so that no figure points at one or two people; and where
 * counts are published beside the totals they add up to, a larger count that would let one of them be worked out by
 * subtraction is "not shown" ({@link Protected}). {@link CountTable} decides which, for any table of counts and sums.
 */
public sealed interface PublishedCount {

    /** The smallest count published as it is. */
    int SMALLEST_SHOWN = 5;

    /**
     * Whether a count of none is published as it is (insights: "no views about Barrow this month" points at nobody)
     * or, like the counts from 1 to 4, only as "fewer than 5" (the results of a consultation, which promise that every
     * count under 5 is suppressed).
     */
    enum Zeros { SHOWN, HIDDEN }

    /**
     * The count itself: of people, at least {@link #SMALLEST_SHOWN} or, where {@link Zeros#SHOWN}, none
     * ({@link #of(long, Zeros)} says which); of things that are not people, such as changes made, any count.
     */
    record Exact(int value) implements PublishedCount {
        public Exact {
            if (value < 0) {
                throw new IllegalArgumentException("a count is not negative");
            }
        }

        @Override
        public String text() {
            return String.format("%,d", value);
        }
    }

    /** Under 5: from 1 to 4, or none where {@linkplain Zeros#HIDDEN zeros are hidden} too. */
    record FewerThanFive() implements PublishedCount {
        @Override
        public String text() {
            return "fewer than 5";
        }
    }

    /**
     * A count of {@link #SMALLEST_SHOWN} or more, hidden so that a count of fewer than 5 cannot be worked out from it
     * and the totals shown beside it. It reads "not shown", never "fewer than 5", which would be untrue.
     */
    record Protected() implements PublishedCount {
        @Override
        public String text() {
            return "not shown";
        }
    }

    /** How the count reads on a page or in a download. */
    String text();

    /** Whether the count is published as it is. */
    default boolean shown() {
        return this instanceof Exact;
    }

    /** A count on its own, published as it may be, none included. */
    static PublishedCount of(int count) {
        return of(count, Zeros.SHOWN);
    }

    /** A count on its own, published as it may be: from 1 to 4, and none where {@code zeros} are hidden, are not. */
    static PublishedCount of(long count, Zeros zeros) {
        if (count < 0) {
            throw new IllegalArgumentException("a count is not negative");
        }
        boolean small = count < SMALLEST_SHOWN && (count > 0 || zeros == Zeros.HIDDEN);
        return small ? new FewerThanFive() : new Exact(Math.toIntExact(count));
    }

    /**
     * The counts of a group whose total is published beside them, none of them hidden alone: each as {@link #of(int)},
     * then as many others {@link Protected} as {@link CountTable} finds it takes for the total, less the counts shown,
     * never to leave a figure from 1 to 4 (one count of 3 beside its total, or two of 1).
     */
    static List<PublishedCount> ofGroup(List<Integer> counts) {
        CountTable table = new CountTable();
        List<Integer> parts = counts.stream().map(table::add).toList();
        table.sum(table.add(counts.stream().mapToLong(Integer::longValue).sum()), parts);
        return table.published(Zeros.SHOWN).subList(0, counts.size());
    }

    /**
     * Per cent of {@code whole} that {@code part} is, rounded half up, or empty when it would give away a count of
     * fewer than 5: the part, or the rest of the whole, from 1 to 4 (12% of 25 says 3).
     */
    static Optional<Integer> percent(int part, int whole) {
        int rest = whole - part;
        if (whole == 0 || of(part) instanceof FewerThanFive || of(rest) instanceof FewerThanFive) {
            return Optional.empty();
        }
        return Optional.of((int) Math.round(100.0 * part / whole));
    }
}
