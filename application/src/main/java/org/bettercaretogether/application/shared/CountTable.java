package org.bettercaretogether.application.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A table of counts of people and the sums that link them — a total and the counts it is made of, as a question's
 * answers are of its options and of its groups — published so that no count from 1 to 4 can be read or worked out.
 *
 * <p>Counts are {@linkplain #add added} one by one, each answered with its place in the table, and the sums named by
 * those places ({@link #sum}); a total may itself be a part of another sum. {@link #published} then decides, in two
 * steps, what each count reads:
 * <ol>
 *   <li>every count from 1 to 4, and none where {@linkplain PublishedCount.Zeros zeros are hidden}, is
 *   {@linkplain PublishedCount.FewerThanFive fewer than 5};</li>
 *   <li>then, until nothing more is found, it works out what a reader could: a sum with one count unknown gives that
 *   count, and a newly known count may give another through the next sum; and the counts of a sum still unknown add
 *   up to its total less the counts known. Where that figure is from 1 to 4, one more count is hidden: the smallest
 *   part of that sum the reader knows, or else its total — that count itself if it is shown, or, if the reader worked
 *   it out, a count shown in the sum that gave it away — and the reader starts again. Each round hides one more
 *   count, so it ends. A count hidden in this step is 5 or more and reads {@linkplain PublishedCount.Protected "not
 *   shown"}, never "fewer than 5".</li>
 * </ol>
 *
 * <p>What this guarantees: no count from 1 to 4 can be read, nor worked out from any one sum, nor from a chain of
 * sums each leaving one count unknown (a hidden total worked out from its parent's sum, then its own small part from
 * it); nor can the hidden counts of a sum be found to add up to 1 to 4. What it does not: a reader who solves several
 * sums together as a system of equations, or who reasons from bounds (a count "fewer than 5" is at most 4), may narrow
 * a hidden count further; cell suppression that withstands that needs linear programming, more than these tables ask.
 */
public final class CountTable {

    private final List<Long> counts = new ArrayList<>();
    private final List<Sum> sums = new ArrayList<>();

    /** The count at {@code total} is the sum of those at {@code parts}. */
    private record Sum(int total, List<Integer> parts) {
    }

    /** Adds a count to the table; answers its place, by which sums name it and {@link #published} answers it. */
    public int add(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count is not negative");
        }
        counts.add(count);
        return counts.size() - 1;
    }

    /** Says that the count at {@code total} is the sum of those at {@code parts}, all of them already added. */
    public void sum(int total, List<Integer> parts) {
        if (IntStream.concat(IntStream.of(total), parts.stream().mapToInt(Integer::intValue))
                .anyMatch(place -> place < 0 || place >= counts.size())) {
            throw new IllegalArgumentException("a sum names only counts of the table");
        }
        if (parts.contains(total)) {
            throw new IllegalArgumentException("a total is not one of its own parts");
        }
        sums.add(new Sum(total, List.copyOf(parts)));
    }

    /** Every count as it may be published, in the order they were added. */
    public List<PublishedCount> published(PublishedCount.Zeros zeros) {
        long[] values = counts.stream().mapToLong(Long::longValue).toArray();
        PublishedCount[] published = new PublishedCount[values.length];
        for (int place = 0; place < values.length; place++) {
            published[place] = PublishedCount.of(values[place], zeros);
        }
        int[][] linked = sums.stream().map(sum -> IntStream.concat(IntStream.of(sum.total()),
                sum.parts().stream().mapToInt(Integer::intValue)).toArray()).toArray(int[][]::new);
        for (int next = new Reader(values, published, linked).nextToHide(); next != Reader.NOTHING;
             next = new Reader(values, published, linked).nextToHide()) {
            published[next] = new PublishedCount.Protected();
        }
        return List.of(published);
    }

    /**
     * What a reader of the table as published can work out, and which count to hide next so they cannot. Each sum is
     * read as the places of its counts, its total first; loops over arrays, as a table of a few hundred counts may
     * take some dozens of rounds and each round reads every sum several times.
     */
    private static final class Reader {

        static final int NOTHING = -1;
        private static final int SHOWN = -1;
        private static final int UNKNOWN = -2;

        private final long[] values;
        private final int[][] sums;
        /** For each count: {@link #SHOWN}, {@link #UNKNOWN}, or the sum it was worked out from. */
        private final int[] knownFrom;

        Reader(long[] values, PublishedCount[] published, int[][] sums) {
            this.values = values;
            this.sums = sums;
            this.knownFrom = new int[values.length];
            for (int place = 0; place < values.length; place++) {
                knownFrom[place] = published[place].shown() ? SHOWN : UNKNOWN;
            }
        }

        /** The place of the count to hide next, or {@link #NOTHING} when nothing from 1 to 4 can be worked out. */
        int nextToHide() {
            boolean learnt = true;
            while (learnt) {
                learnt = false;
                for (int sum = 0; sum < sums.length; sum++) {
                    int[] places = sums[sum];
                    int unknown = 0;
                    int lastUnknown = NOTHING;
                    long knownParts = 0;
                    for (int at = 0; at < places.length; at++) {
                        if (knownFrom[places[at]] == UNKNOWN) {
                            unknown++;
                            lastUnknown = places[at];
                        } else if (at > 0) {
                            knownParts += values[places[at]];
                        }
                    }
                    if (unknown == 0) {
                        continue;
                    }
                    // What the unknown counts add up to, as a reader works it out: the total less the parts known,
                    // or, when the total is the one unknown, the parts; nothing when the total and a part are unknown.
                    long figure = knownFrom[places[0]] != UNKNOWN ? values[places[0]] - knownParts
                            : unknown == 1 ? knownParts : 0;
                    if (figure > 0 && figure < PublishedCount.SMALLEST_SHOWN) {
                        return shownBehind(sum, NOTHING);
                    }
                    if (unknown == 1) {
                        knownFrom[lastUnknown] = sum;
                        learnt = true;
                    }
                }
            }
            return NOTHING;
        }

        /**
         * A count shown, not none, that what a reader knows of {@code sum} rests on ({@code besides} the count it gave
         * away, when it is the sum that count was worked out from): its smallest part the reader knows, or else its
         * total — that count itself when it is shown, or, when the reader worked it out, one shown in the sum it came
         * from (hiding a count the reader can work out again would not help). One always exists, as counts are never
         * negative: a figure that is not none is made of known counts one of which is not none.
         */
        private int shownBehind(int sum, int besides) {
            int[] places = sums[sum];
            int chosen = NOTHING;
            for (int at = 1; at < places.length; at++) {
                int place = places[at];
                if (place != besides && knownAndNotNone(place) && (chosen == NOTHING || before(place, chosen))) {
                    chosen = place;
                }
            }
            if (chosen == NOTHING && places[0] != besides && knownAndNotNone(places[0])) {
                chosen = places[0];
            }
            if (chosen == NOTHING) {
                throw new IllegalStateException("counts of " + Arrays.toString(values)
                        + " give away a figure no shown count makes");
            }
            return knownFrom[chosen] == SHOWN ? chosen : shownBehind(knownFrom[chosen], chosen);
        }

        /** Whether {@code place} is the better part to look behind: smaller, or as small and shown. */
        private boolean before(int place, int other) {
            return values[place] < values[other]
                    || values[place] == values[other] && knownFrom[place] == SHOWN && knownFrom[other] != SHOWN;
        }

        private boolean knownAndNotNone(int place) {
            return knownFrom[place] != UNKNOWN && values[place] != 0;
        }
    }
}
