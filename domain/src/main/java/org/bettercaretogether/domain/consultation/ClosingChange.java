package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.shared.Require;

import java.time.Instant;

/**
 * A change to when a consultation closes, made by staff after it was scheduled, with the reason the public is shown:
 * an extension (a later closing) or an early close (closing at the moment it was decided).
 */
public record ClosingChange(Kind kind, Instant from, Instant to, String reason, Instant decidedAt) {

    /** Whether the consultation closes later or earlier than it did. */
    public enum Kind { EXTENDED, CLOSED_EARLY }

    public ClosingChange {
        Require.present(kind, "kind");
        Require.present(from, "from");
        Require.present(to, "to");
        reason = Require.text(reason, "reason", 1_000);
        Require.present(decidedAt, "decidedAt");
    }
}
