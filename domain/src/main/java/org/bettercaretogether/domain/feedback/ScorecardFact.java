package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.Require;

import java.time.LocalDate;
import java.util.Optional;

/** What the listening scorecard needs to know of one view: when it came, when it was answered, whether it led to a change made. */
public record ScorecardFact(LocalDate receivedOn, Optional<LocalDate> answeredOn, boolean linkedToChangeMade) {

    public ScorecardFact {
        Require.present(receivedOn, "receivedOn");
        Require.present(answeredOn, "answeredOn");
    }
}
