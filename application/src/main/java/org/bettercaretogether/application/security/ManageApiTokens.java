package org.bettercaretogether.application.security;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.staff.ApiToken;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A member of staff's own API tokens: create one (shown once), list them, revoke one. A token is created for a
 * signed-in session (whose second factor, where required, was proved), never on the strength of another token.
 */
public interface ManageApiTokens {

    /** @param lifetime how long it should last; the default when empty, and never beyond the maximum */
    Outcome<IssuedToken> issue(Actor actor, String label, Optional<Duration> lifetime);

    List<ApiToken> mine(Actor actor);

    /** Only the owner may revoke a token; anyone else is told it does not exist. */
    Outcome<ApiToken> revoke(Actor actor, UUID tokenId);
}
