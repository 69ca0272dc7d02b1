package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How well the programme listens, in four figures the public can check: views received, the share answered, the
 * median number of calendar days to answer, and the share that led to a change made. Shares are whole per cent,
 * rounded half up; the median of an even count is the mean of the middle two.
 */
public record ListeningScorecard(int received, int answered, Optional<Double> medianDaysToAnswer, int linkedToChangeMade) {

    public ListeningScorecard {
        if (received < 0) {
            throw new InvalidValueException("received", "must not be negative");
        }
        if (answered < 0 || answered > received) {
            throw new InvalidValueException("answered", "must be from 0 to the views received");
        }
        Require.present(medianDaysToAnswer, "medianDaysToAnswer");
        if (linkedToChangeMade < 0 || linkedToChangeMade > received) {
            throw new InvalidValueException("linkedToChangeMade", "must be from 0 to the views received");
        }
    }

    /** The scorecard of these views, one fact each. */
    public static ListeningScorecard of(Collection<ScorecardFact> facts) {
        SortedMap<Long, Integer> daysToAnswer = new TreeMap<>();
        facts.stream().filter(f -> f.answeredOn().isPresent())
                .forEach(f -> daysToAnswer.merge(ChronoUnit.DAYS.between(f.receivedOn(), f.answeredOn().get()), 1,
                        Integer::sum));
        int linked = (int) facts.stream().filter(ScorecardFact::linkedToChangeMade).count();
        return of(facts.size(), daysToAnswer, linked);
    }

    /**
     * The scorecard from counts: {@code received} views, of which those answered are counted by the calendar days
     * their answer took ({@code daysToAnswer}: days, and how many views took that long), and {@code linked} led to a
     * change made. Counts kept as views come in give the same scorecard as the views themselves, at any number.
     */
    public static ListeningScorecard of(int received, SortedMap<Long, Integer> daysToAnswer, int linked) {
        int answered = daysToAnswer.values().stream().mapToInt(Integer::intValue).sum();
        return new ListeningScorecard(received, answered, median(daysToAnswer, answered), linked);
    }

    /** The middle of the days, or the mean of the middle two, walking the counts in order. */
    private static Optional<Double> median(SortedMap<Long, Integer> daysToAnswer, int answered) {
        if (answered == 0) {
            return Optional.empty();
        }
        long lower = nth(daysToAnswer, (answered - 1) / 2);
        long upper = nth(daysToAnswer, answered / 2);
        return Optional.of(lower == upper ? lower : (lower + upper) / 2.0);
    }

    /** The {@code index}th (from 0) of the days, counting each day as many times as views took it. */
    private static long nth(SortedMap<Long, Integer> daysToAnswer, int index) {
        int seen = 0;
        for (Map.Entry<Long, Integer> days : daysToAnswer.entrySet()) {
            seen += days.getValue();
            if (index < seen) {
                return days.getKey();
            }
        }
        throw new IllegalStateException("fewer answered views than counted");
    }

    /** Per cent of views answered; empty when none were received. */
    public Optional<Integer> percentAnswered() {
        return percent(answered);
    }

    /** Per cent of views linked to a change made; empty when none were received. */
    public Optional<Integer> percentLinkedToChangeMade() {
        return percent(linkedToChangeMade);
    }

    private Optional<Integer> percent(int part) {
        return received == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * part / received));
    }
}
