package org.bettercaretogether.application.security;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.staff.ApiToken;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A member of staff's own API tokens: create one (shown once), list them, revoke one. */
public interface ManageApiTokens {

    /** @param lifetime how long it should last; the default when empty, and never beyond the maximum */
    Outcome<IssuedToken> issue(Actor actor, String label, Optional<Duration> lifetime);

    /**
     * A token made by a caller who presents the API token {@code callerToken} (the staff API): for that token's owner,
     * and lasting no longer than that token does, so that a token cannot outlive itself by making new ones.
     */
    Outcome<IssuedToken> issueWith(String callerToken, String label, Optional<Duration> lifetime);

    List<ApiToken> mine(Actor actor);

    /** Only the owner may revoke a token; anyone else is told it does not exist. */
    Outcome<ApiToken> revoke(Actor actor, UUID tokenId);
}
