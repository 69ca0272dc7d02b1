package org.bettercaretogether.domain.community;

import org.bettercaretogether.domain.shared.Require;

import java.time.LocalDate;

/** A development stage and the day a community reached it. */
public record StageReached(DevelopmentStage stage, LocalDate reachedOn) {

    public StageReached {
        Require.present(stage, "stage");
        Require.present(reachedOn, "stageReachedOn");
    }
}
