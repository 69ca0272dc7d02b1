package org.bettercaretogether.application.security;

import java.util.Optional;
import org.bettercaretogether.application.shared.Actor;

/**
 * Who is asking: the member of staff behind a session cookie or an API token. Empty when the session is
 * unknown, idle too long, past its absolute end, or its owner is no longer active; or when the token is
 * unknown, expired or revoked.
 */
public interface Authenticate {

    Optional<SignedInStaff> session(String sessionToken);

    Optional<Actor> apiToken(String token);
}
