package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;

import java.util.List;

/**
 * How a sample member of staff signs in: their roles and email address, their password and an API token. The
 * password and token exist only here, to be shown once; the database keeps their hashes. {@link #toString()} shows
 * neither, nor the address.
 */
public record StaffSignIn(List<Role> roles, EmailAddress email, String password, String apiToken) {

    public StaffSignIn {
        roles = List.copyOf(roles);
    }

    @Override
    public String toString() {
        return "StaffSignIn[roles=" + roles + ", hidden]";
    }
}
