package org.bettercaretogether.application.staff;

import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A token a member of staff created for themself to call the staff API. The token is shown once when created;
 * only its SHA-256 hash is kept.
 *
 * @param id        identity, to list and revoke it
 * @param owner     who created it, and on whose behalf it acts
 * @param label     what its owner calls it, such as "reporting script"
 * @param tokenHash SHA-256 of the token, hex
 * @param createdAt when it was made
 * @param expiresAt when it stops working
 * @param revokedAt when its owner revoked it, if they did
 */
public record ApiToken(UUID id, StaffMemberId owner, String label, String tokenHash, Instant createdAt,
                       Instant expiresAt, Optional<Instant> revokedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "ApiToken[id=" + id + ", owner=" + owner + ", expiresAt=" + expiresAt + ", revokedAt=" + revokedAt + "]";
    }
}
