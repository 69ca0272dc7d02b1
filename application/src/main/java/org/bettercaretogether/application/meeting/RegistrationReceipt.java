package org.bettercaretogether.application.meeting;

import org.bettercaretogether.domain.meeting.RegistrationStatus;

/**
 * What a person is told when they register: whether they have a place or are waiting (and how many are ahead of
 * them), and the token of their private cancel link — shown once, stored only as a hash.
 */
public record RegistrationReceipt(PublicMeeting meeting, RegistrationStatus status, int waitingAhead, String cancelToken) {

    @Override
    public String toString() {
        return "RegistrationReceipt[" + status + "]";
    }
}
