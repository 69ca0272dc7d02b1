package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;

/**
 * A moderator's judgement that a view shows someone may be at risk. It puts the view in front of an administrator at
 * once; the note is for staff only.
 */
public record SafeguardingFlag(Instant at, StaffMemberId by, String note) {

    public SafeguardingFlag {
        Require.present(at, "at");
        Require.present(by, "by");
        note = Require.text(note, "note", 2_000);
    }
}
