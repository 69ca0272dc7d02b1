package org.bettercaretogether.web.feedback;

import java.time.LocalDate;
import org.bettercaretogether.application.feedback.ScorecardReport;
import org.bettercaretogether.domain.feedback.ListeningScorecard;

/**
 * A listening scorecard in the API: over the days {@code from} to {@code to} (both included: the last twelve
 * months), how many views were received, how many answered, the median number of calendar days to an answer, and
 * how many led to a change made. The per cent members are absent when no view was received (there is nothing to
 * divide), {@code medianDaysToAnswer} when none was answered.
 */
public record Scorecard(String scope, LocalDate from, LocalDate to, int received, int answered,
                        Integer percentAnswered, Double medianDaysToAnswer, int linkedToChangeMade,
                        Integer percentLinkedToChangeMade) {

    static Scorecard of(ScorecardReport view) {
        ListeningScorecard card = view.scorecard();
        return new Scorecard(view.scope(), view.from(), view.to(), card.received(), card.answered(),
                card.percentAnswered().orElse(null), card.medianDaysToAnswer().orElse(null),
                card.linkedToChangeMade(), card.percentLinkedToChangeMade().orElse(null));
    }
}
