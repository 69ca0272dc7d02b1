package org.bettercaretogether.application.security;

import org.bettercaretogether.application.staff.ApiToken;

/** A new API token: {@code token} is shown to its owner this once and never again. */
public record IssuedToken(String token, ApiToken details) {

    @Override
    public String toString() {
        return "IssuedToken[" + details + "]";
    }
}
