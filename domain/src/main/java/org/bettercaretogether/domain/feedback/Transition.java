package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;
import java.util.Optional;

/**
 * One step in a view's history: what happened, when and by whom. The detail never holds personal data, so the
 * history can be shown to the person tracking their view.
 */
public record Transition(Instant at, Optional<StaffMemberId> by, Kind kind, String detail) {

    public enum Kind { RECEIVED, PUBLISHED, WITHHELD, THEMES_TAGGED, ASSIGNED, RESPONDED, CLOSED, SAFEGUARDING_FLAGGED, ERASED, CONTACT_REMOVED }

    public Transition {
        Require.present(at, "at");
        Require.present(by, "by");
        Require.present(kind, "kind");
        detail = Require.present(detail, "detail").strip();
    }
}
