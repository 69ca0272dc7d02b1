package org.bettercaretogether.application.meeting;

import org.bettercaretogether.domain.meeting.RegistrationStatus;

/**
 * What a person is told when they register: whether they have a place or are waiting (and how many are ahead of
 * them), and the token of their private cancel link — shown once, stored only as a hash, and kept with the answer for
 * a day when the registration came with an idempotency key. {@code replayed} says this answers a retry of an earlier
 * request, with what that request was told.
 */
public record RegistrationReceipt(PublicMeeting meeting, RegistrationStatus status, int waitingAhead, String cancelToken,
                                  boolean replayed) {

    @Override
    public String toString() {
        return "RegistrationReceipt[" + status + ", replayed=" + replayed + "]";
    }
}
