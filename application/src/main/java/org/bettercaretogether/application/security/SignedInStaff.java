package org.bettercaretogether.application.security;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.domain.staff.StaffMember;

/**
 * Who a live session belongs to, the CSRF token its forms must carry, and how far signing in has come: a session
 * short of {@link SessionStage#COMPLETE} may only prove or set up the second factor.
 */
public record SignedInStaff(StaffMember member, String csrfToken, SessionStage stage) {

    public Actor actor() {
        return Actor.of(member);
    }

    public boolean mustChangePassword() {
        return member.mustChangePassword();
    }
}
