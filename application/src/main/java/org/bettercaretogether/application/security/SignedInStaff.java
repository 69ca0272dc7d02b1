package org.bettercaretogether.application.security;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.staff.StaffMember;

/** Who a live session belongs to, and the CSRF token its forms must carry. */
public record SignedInStaff(StaffMember member, String csrfToken) {

    public Actor actor() {
        return Actor.of(member);
    }

    public boolean mustChangePassword() {
        return member.mustChangePassword();
    }
}
