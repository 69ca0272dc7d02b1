package org.bettercaretogether.application.staff;

import org.bettercaretogether.domain.audit.FieldChange;
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

    /** Revokes every token of {@code owner} not revoked yet; answers how many this call revoked. */
    int revokeAllOf(StaffMemberId owner, Instant at);

    /**
     * Records that the token was used at {@code at}, unless it was recorded as used after {@code unlessUsedAfter};
     * answers whether it recorded it (so that a use is audited once an hour, not at every request).
     */
    boolean markUsed(UUID id, Instant at, Instant unlessUsedAfter);

    /** How the audit log says that {@code count} tokens were revoked along with something else. */
    static List<FieldChange> revokedCount(int count) {
        return List.of(new FieldChange("api tokens revoked", Optional.empty(), Optional.of(Integer.toString(count))));
    }
}
