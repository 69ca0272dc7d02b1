package org.bettercaretogether.application.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
 *   up to its total less the counts known. Where that figure is from 1 to 4, one more count is hidden — the smallest
 *   part of that sum shown that is not none; or else, when the parts the reader knows were themselves worked out, a
 *   count shown in the sum that gave one of them away; or else the sum's total — and the reader starts again. Each
 *   round hides one more count, so it ends. A count hidden in this step is 5 or more and reads
 *   {@linkplain PublishedCount.Protected "not shown"}, never "fewer than 5".</li>
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
        for (Optional<Integer> next = new Reader(values, published).nextToHide(); next.isPresent();
             next = new Reader(values, published).nextToHide()) {
            published[next.get()] = new PublishedCount.Protected();
        }
        return List.of(published);
    }

    /** What a reader of the table as published can work out, and which count to hide next so they cannot. */
    private final class Reader {

        private static final int SHOWN = -1;
        private static final int UNKNOWN = -2;

        private final long[] values;
        private final PublishedCount[] published;
        /** For each count: {@link #SHOWN}, {@link #UNKNOWN}, or the sum it was worked out from. */
        private final int[] knownFrom;

        Reader(long[] values, PublishedCount[] published) {
            this.values = values;
            this.published = published;
            this.knownFrom = new int[values.length];
            for (int place = 0; place < values.length; place++) {
                knownFrom[place] = published[place].shown() ? SHOWN : UNKNOWN;
            }
        }

        /** The count to hide next, or none when nothing from 1 to 4 can be worked out any more. */
        Optional<Integer> nextToHide() {
            boolean learnt = true;
            while (learnt) {
                learnt = false;
                for (int sum = 0; sum < sums.size(); sum++) {
                    Sum linked = sums.get(sum);
                    List<Integer> unknown = cellsOf(linked).filter(place -> knownFrom[place] == UNKNOWN)
                            .boxed().toList();
                    if (unknown.isEmpty()) {
                        continue;
                    }
                    Optional<Long> figure = unknownAddUpTo(linked, unknown);
                    if (figure.isPresent() && figure.get() > 0 && figure.get() < PublishedCount.SMALLEST_SHOWN) {
                        return Optional.of(shownBehind(linked, Optional.empty()));
                    }
                    if (unknown.size() == 1) {
                        knownFrom[unknown.getFirst()] = sum;
                        learnt = true;
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * What the unknown counts of {@code sum} add up to, as a reader works it out: its total less the parts known,
         * or, when the total is the one unknown, its parts; nothing when the total and a part are both unknown.
         */
        private Optional<Long> unknownAddUpTo(Sum sum, List<Integer> unknown) {
            long knownParts = sum.parts().stream().filter(place -> knownFrom[place] != UNKNOWN)
                    .mapToLong(place -> values[place]).sum();
            if (knownFrom[sum.total()] != UNKNOWN) {
                return Optional.of(values[sum.total()] - knownParts);
            }
            return unknown.size() == 1 ? Optional.of(knownParts) : Optional.empty();
        }

        /**
         * A count shown, not none, that what a reader knows of {@code sum} rests on ({@code besides} the count it gave
         * away, when it is the sum that count was worked out from): the smallest such part; or else, behind the
         * smallest known part that was itself worked out, one shown in the sum it came from (so that a total need not
         * go only to be worked out again from another sum); or else its total, or one behind it. One always exists,
         * as counts are never negative: a figure that is not none is made of known counts one of which is not none.
         */
        private int shownBehind(Sum sum, Optional<Integer> besides) {
            List<Integer> known = new ArrayList<>(sum.parts().stream()
                    .sorted(Comparator.comparingLong(place -> values[place])).toList());
            known.add(sum.total());
            known.removeIf(place -> besides.equals(Optional.of(place)) || knownFrom[place] == UNKNOWN
                    || values[place] == 0);
            Optional<Integer> part = known.stream().filter(place -> place != sum.total()
                    && knownFrom[place] == SHOWN).findFirst();
            if (part.isPresent()) {
                return part.get();
            }
            int first = known.stream().findFirst().orElseThrow(() -> new IllegalStateException(
                    "counts of " + Arrays.toString(values) + " give away a figure no shown count makes"));
            return knownFrom[first] == SHOWN ? first : shownBehind(sums.get(knownFrom[first]), Optional.of(first));
        }

        private IntStream cellsOf(Sum sum) {
            return IntStream.concat(IntStream.of(sum.total()), sum.parts().stream().mapToInt(Integer::intValue));
        }
    }
}
