package org.bettercaretogether.benchmarks.load;

import java.time.Duration;
import java.util.List;

/** The tally of a load test and the length of its measured window; several rounds combine into one. */
public record LoadResult(Tally tally, Duration window) {

    public Measurement measurement() {
        return tally.over(window);
    }

    /** The rounds as if they were one measurement: their answers together, over their windows added up. */
    public static Measurement combine(List<LoadResult> rounds) {
        Tally all = new Tally();
        Duration total = Duration.ZERO;
        for (LoadResult round : rounds) {
            all.add(round.tally());
            total = total.plus(round.window());
        }
        return all.over(total);
    }
}
