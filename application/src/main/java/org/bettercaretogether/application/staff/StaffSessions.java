package org.bettercaretogether.application.staff;

import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;
import java.util.Optional;

/** The staff's server-side sessions. */
public interface StaffSessions {

    void add(StaffSession session);

    Optional<StaffSession> find(String tokenHash);

    /** Records that the session was used at {@code at}. */
    void touch(String tokenHash, Instant at);

    void remove(String tokenHash);

    /** Ends every session of one member of staff, for example after a password change. */
    void removeAllOf(StaffMemberId staff);

    /** Forgets sessions that ended before {@code now}; answers how many. */
    int removeExpired(Instant now);
}
