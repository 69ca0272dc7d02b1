package org.bettercaretogether.application.meeting;

import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.meeting.MeetingId;

import java.util.Optional;

/** The public registers for a meeting, and cancels, without an account. */
public interface RegisterForMeeting {

    /**
     * Registers: a place when enough are left and nobody is waiting, otherwise a place on the waiting list. Refused
     * for a meeting that is cancelled or has started. The person is emailed a confirmation.
     */
    default Outcome<RegistrationReceipt> register(MeetingId meeting, NewRegistration registration) {
        return register(meeting, registration, Optional.empty());
    }

    /**
     * Registers as above, once per idempotency key however often the request is sent, even at the same moment: a
     * retry within a day is answered as the first request was ({@link RegistrationReceipt#replayed()}), whether or
     * not the meeting is still open, and the same key on a different registration is refused (invalid input, naming
     * {@code Idempotency-Key}).
     */
    Outcome<RegistrationReceipt> register(MeetingId meeting, NewRegistration registration, Optional<IdempotencyKey> key);

    /** Where a registration stands, by its cancel link's token. */
    Outcome<RegistrationStanding> registration(String cancelToken);

    /**
     * Cancels a registration by its cancel link's token; the places it frees go to those waiting, first come first
     * served, and each of them is emailed. Cancelling twice is harmless.
     */
    Outcome<RegistrationStanding> cancel(String cancelToken);
}
