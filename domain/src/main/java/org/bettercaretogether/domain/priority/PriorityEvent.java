package org.bettercaretogether.domain.priority;

import org.bettercaretogether.domain.shared.Require;

import java.time.Instant;

/** One change in a priority's history: when, what kind, and a short public description (never personal data). */
public record PriorityEvent(Instant at, Kind kind, String detail) {

    public enum Kind { ADDED, REVISED, RANKED, STATUS }

    public PriorityEvent {
        Require.present(at, "at");
        Require.present(kind, "kind");
        detail = Require.present(detail, "detail").strip();
    }
}
