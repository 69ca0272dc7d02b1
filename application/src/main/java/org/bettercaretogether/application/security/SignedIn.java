package org.bettercaretogether.application.security;

import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.domain.staff.StaffMember;

/**
 * A session that has just started. {@code sessionToken} goes into the browser's cookie and is never kept or
 * shown anywhere else. Its {@code stage} says whether it opens the staff side or waits for a second factor.
 */
public record SignedIn(String sessionToken, String csrfToken, StaffMember member, SessionStage stage) {

    @Override
    public String toString() {
        return "SignedIn[" + member + ", " + stage + "]";
    }
}
