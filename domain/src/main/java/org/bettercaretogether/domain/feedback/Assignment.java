package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;
import java.time.LocalDate;

/** The partner organisation that owes a view its official answer, and the working day by which it is due. */
public record Assignment(PartnerId partner, LocalDate dueOn, Instant at, StaffMemberId by) {

    public Assignment {
        Require.present(partner, "partner");
        Require.present(dueOn, "dueOn");
        Require.present(at, "at");
        Require.present(by, "by");
    }
}
