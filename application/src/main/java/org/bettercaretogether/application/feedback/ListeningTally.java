package org.bettercaretogether.application.feedback;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the listening scorecard counts of the views received in a period: how many came, how many calendar days
 * each answered one took (days, and how many views took that long), and how many led to a change made.
 */
public record ListeningTally(int received, SortedMap<Long, Integer> daysToAnswer, int linkedToChangeMade) {

    public ListeningTally {
        daysToAnswer = Collections.unmodifiableSortedMap(new TreeMap<>(daysToAnswer));
    }
}
