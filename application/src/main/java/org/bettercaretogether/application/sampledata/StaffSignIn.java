package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;

import java.util.List;
import java.util.Optional;

/**
 * How a sample member of staff signs in: their roles and email address, their password and an API token, and for
 * those whose roles need a second factor the secret of their authenticator (Base32, as an app takes it). The
 * password and token exist only here, to be shown once; the database keeps their hashes. {@link #toString()} shows
 * none of them, nor the address.
 */
public record StaffSignIn(List<Role> roles, EmailAddress email, String password, String apiToken,
                          Optional<String> authenticatorSecret) {

    public StaffSignIn {
        roles = List.copyOf(roles);
    }

    @Override
    public String toString() {
        return "StaffSignIn[roles=" + roles + ", hidden]";
    }
}
