package org.bettercaretogether.application.security;

import org.bettercaretogether.domain.staff.StaffMember;

/**
 * A session that has just started. {@code sessionToken} goes into the browser's cookie and is never kept or
 * shown anywhere else.
 */
public record SignedIn(String sessionToken, String csrfToken, StaffMember member) {

    @Override
    public String toString() {
        return "SignedIn[" + member + "]";
    }
}
