package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;

/**
 * A partner organisation's official answer to a view, written by one of its responders. It speaks for the
 * organisation, is published alongside the view when the view is published, and names no member of staff publicly.
 */
public record Response(PartnerId partner, String text, Instant at, StaffMemberId by) {

    public static final int MAX_LENGTH = 10_000;

    public Response {
        Require.present(partner, "partner");
        text = Require.text(text, "response", MAX_LENGTH);
        Require.present(at, "at");
        Require.present(by, "by");
    }
}
