package org.bettercaretogether.application.staff;

import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;

/**
 * A signed-in browser session of a member of staff, held on the server so that any node can check it and
 * signing out ends it everywhere. Only a hash of the session's token is kept; the token itself lives in the
 * browser's cookie.
 *
 * @param tokenHash  SHA-256 of the session token, hex
 * @param staff      who signed in
 * @param csrfToken  the token every state-changing form of this session must carry
 * @param createdAt  when they signed in
 * @param lastSeenAt when the session was last used, for the idle timeout
 * @param expiresAt  when it ends however active it is (the absolute timeout)
 * @param stage      how far signing in has come: only a {@link SessionStage#COMPLETE} session opens the staff side
 */
public record StaffSession(String tokenHash, StaffMemberId staff, String csrfToken, Instant createdAt,
                           Instant lastSeenAt, Instant expiresAt, SessionStage stage) {

    @Override
    public String toString() {
        return "StaffSession[staff=" + staff + ", createdAt=" + createdAt + ", expiresAt=" + expiresAt + ", stage=" + stage + "]";
    }
}
