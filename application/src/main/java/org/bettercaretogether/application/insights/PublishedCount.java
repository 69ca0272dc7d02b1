package org.bettercaretogether.application.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A count of views as it may be published. Counts from 1 to 4 are never published, only said to be "fewer than 5",
 * so that no figure points at one or two people. In a group of counts that add up to a total shown beside them (the
 * months of a period, the communities and the views about none), one count hidden alone could be worked out by
 * subtraction; so the smallest other count of the group is hidden too ({@link Protected}).
 */
public sealed interface PublishedCount {

    /** The smallest count published as it is. */
    int SMALLEST_SHOWN = 5;

    /**
     * The count itself: of views, none or at least {@link #SMALLEST_SHOWN} ({@link #of(int)} says which); of things
     * that are not people's views, such as changes made, any count.
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

    /** From 1 to 4. */
    record FewerThanFive() implements PublishedCount {
        @Override
        public String text() {
            return "fewer than 5";
        }
    }

    /** A larger count hidden so that a count of fewer than 5 in its group cannot be worked out from their total. */
    record Protected() implements PublishedCount {
        @Override
        public String text() {
            return "not shown";
        }
    }

    /** How the count reads on a page or in a download. */
    String text();

    /** A count on its own, published as it may be. */
    static PublishedCount of(int count) {
        return count == 0 || count >= SMALLEST_SHOWN ? new Exact(count) : new FewerThanFive();
    }

    /**
     * The counts of a group whose total is published: each as {@link #of(int)}, and when exactly one of them is fewer
     * than 5, the smallest other count that is not zero is {@link Protected} too.
     */
    static List<PublishedCount> ofGroup(List<Integer> counts) {
        List<PublishedCount> published = new ArrayList<>(counts.stream().map(PublishedCount::of).toList());
        long small = published.stream().filter(FewerThanFive.class::isInstance).count();
        if (small == 1) {
            IntStream.range(0, counts.size())
                    .filter(i -> published.get(i) instanceof Exact exact && exact.value() > 0)
                    .boxed()
                    .min(Comparator.comparing(counts::get))
                    .ifPresent(i -> published.set(i, new Protected()));
        }
        return List.copyOf(published);
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
