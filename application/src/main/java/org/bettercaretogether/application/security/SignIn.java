package org.bettercaretogether.application.security;

import org.bettercaretogether.application.shared.Outcome;

/**
 * Sign a member of staff in with their email address and password, starting a new session (a new session
 * token every time, so a token planted before sign-in is worthless).
 *
 * <p>An unknown email address and a wrong password get the same answer, {@code NotSignedIn}, in about the same
 * time. Too many attempts from one network address, or too many failures for one account, are {@code Throttled}.
 */
public interface SignIn {

    /**
     * @param email    as typed
     * @param password as typed
     * @param source   the network address the attempt comes from (used only as a hashed key for throttling)
     */
    Outcome<SignedIn> signIn(String email, String password, String source);
}
