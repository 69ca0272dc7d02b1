package org.bettercaretogether.application.staff;

import org.bettercaretogether.domain.staff.StaffMember;

/**
 * An account with a password issued to it, shown this once to whoever issued it; the holder must replace it
 * when they first sign in.
 */
public record AccountWithPassword(StaffMember member, String oneTimePassword) {

    @Override
    public String toString() {
        return "AccountWithPassword[" + member + "]";
    }
}
