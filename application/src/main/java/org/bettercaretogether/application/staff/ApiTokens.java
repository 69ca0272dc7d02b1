package org.bettercaretogether.application.staff;

import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The staff's API tokens. */
public interface ApiTokens {

    void add(ApiToken token);

    Optional<ApiToken> find(UUID id);

    Optional<ApiToken> findByHash(String tokenHash);

    /** The tokens {@code owner} created, newest first. */
    List<ApiToken> ownedBy(StaffMemberId owner);

    /** Marks the token revoked at {@code at} unless it already was; answers whether this call revoked it. */
    boolean revoke(UUID id, Instant at);
}
