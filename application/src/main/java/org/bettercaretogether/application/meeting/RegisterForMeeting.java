package org.bettercaretogether.application.meeting;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.meeting.MeetingId;

/** The public registers for a meeting, and cancels, without an account. */
public interface RegisterForMeeting {

    /**
     * Registers: a place when enough are left and nobody is waiting, otherwise a place on the waiting list. Refused
     * for a meeting that is cancelled or has started. The person is emailed a confirmation.
     */
    Outcome<RegistrationReceipt> register(MeetingId meeting, NewRegistration registration);

    /** Where a registration stands, by its cancel link's token. */
    Outcome<RegistrationStanding> registration(String cancelToken);

    /**
     * Cancels a registration by its cancel link's token; the places it frees go to those waiting, first come first
     * served, and each of them is emailed. Cancelling twice is harmless.
     */
    Outcome<RegistrationStanding> cancel(String cancelToken);
}
