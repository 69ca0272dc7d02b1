package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;
import java.util.Optional;

/** The end of a view's handling, with the reason when it was closed without an answer. */
public record Closure(Instant at, StaffMemberId by, Optional<String> reason) {

    public Closure {
        Require.present(at, "at");
        Require.present(by, "by");
        reason = Require.present(reason, "reason").map(r -> Require.text(r, "reason", 2_000));
    }
}
