package org.bettercaretogether.domain.priority;

import org.bettercaretogether.domain.shared.Require;

import java.time.LocalDate;

/** A status a priority reached, and the day it reached it. */
public record StatusStep(PriorityStatus status, LocalDate on) {

    public StatusStep {
        Require.present(status, "status");
        Require.present(on, "statusOn");
    }
}
