package org.bettercaretogether.application.security;

import org.bettercaretogether.application.shared.Outcome;

/**
 * The second step of signing in, for someone who has an authenticator: the code it shows now, or one of their
 * recovery codes (each works once). The session the password opened ends, and a full one starts with a new token.
 *
 * <p>A wrong code is {@code InvalidInput} on the field {@code code}; too many wrong codes for one account are
 * {@code Throttled}; a session that is not waiting for a code (unknown, expired after five minutes) is
 * {@code NotSignedIn}. A code is accepted once: the same code sent again is wrong.
 */
public interface ProveSecondFactor {

    Outcome<SignedIn> prove(String sessionToken, String code);
}
