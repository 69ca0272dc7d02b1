package org.bettercaretogether.web.staff;

import java.time.Instant;
import org.bettercaretogether.application.staff.ApiToken;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * An API token as its owner sees it: never the token itself (only its hash is kept), but its label, when it
 * was made, when it stops working and whether it still works: {@code status} is {@code ACTIVE},
 * {@code EXPIRED} or {@code REVOKED}; {@code revokedAt} is absent unless revoked.
 */
public record TokenJson(String id, String label, Instant createdAt, Instant expiresAt, Instant revokedAt,
                        String status) {

    static final String API = StaffAccess.API + "/tokens";
    static final String PAGES = StaffSections.TOKENS;

    static TokenJson of(ApiToken token, Instant now) {
        String status;
        if (token.revokedAt().isPresent()) {
            status = "REVOKED";
        } else if (token.usableAt(now)) {
            status = "ACTIVE";
        } else {
            status = "EXPIRED";
        }
        return new TokenJson(token.id().toString(), token.label(), token.createdAt(), token.expiresAt(),
                token.revokedAt().orElse(null), status);
    }

    public boolean active() {
        return status.equals("ACTIVE");
    }

    /** The status as the tokens page shows it. */
    public String statusText() {
        return switch (status) {
            case "ACTIVE" -> "Active";
            case "EXPIRED" -> "Expired";
            default -> "Revoked";
        };
    }
}
