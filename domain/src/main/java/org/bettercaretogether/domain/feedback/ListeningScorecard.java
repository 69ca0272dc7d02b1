package org.bettercaretogether.domain.feedback;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How well the programme listens, in four figures the public can check: views received, the share answered, the
 * median number of calendar days to answer, and the share that led to a change made. Shares are whole per cent,
 * rounded half up; the median of an even count is the mean of the middle two.
 */
public record ListeningScorecard(int received, int answered, Optional<Double> medianDaysToAnswer, int linkedToChangeMade) {

    public static ListeningScorecard of(Collection<ScorecardFact> facts) {
        List<Long> days = facts.stream().filter(f -> f.answeredOn().isPresent())
                .map(f -> ChronoUnit.DAYS.between(f.receivedOn(), f.answeredOn().get())).sorted().toList();
        Optional<Double> median = Optional.empty();
        if (!days.isEmpty()) {
            int middle = days.size() / 2;
            median = Optional.of(days.size() % 2 == 1 ? days.get(middle)
                    : (days.get(middle - 1) + days.get(middle)) / 2.0);
        }
        int linked = (int) facts.stream().filter(ScorecardFact::linkedToChangeMade).count();
        return new ListeningScorecard(facts.size(), days.size(), median, linked);
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
