package org.bettercaretogether.web.meeting;

import java.time.Instant;
import org.bettercaretogether.application.meeting.RegistrationReceipt;
import org.bettercaretogether.application.meeting.RegistrationStanding;

/**
 * Where a registration stands, as the API answers it to whoever holds its private link: the status (a
 * {@code RegistrationStatus} name: {@code CONFIRMED}, {@code WAITING} or {@code CANCELLED}), the places, how many
 * registrations wait ahead of it, its private page and the meeting. Never the name, email address or access needs it
 * was made with.
 *
 * @param registrationUrl the private page of the registration, which shows and cancels it: whoever holds it can
 * @param meeting         the meeting (absent in the answer to a new registration, which names its address instead)
 * @param meetingUrl      the meeting in the API
 */
public record RegistrationJson(String status, int places, int waitingAhead, String registrationUrl,
                               String meetingUrl, MeetingJson meeting) {

    /** The answer to a registration just made: {@code {"status": "WAITING", "waitingAhead": 3, ...}}. */
    static RegistrationJson of(RegistrationReceipt receipt, int places) {
        String id = receipt.meeting().meeting().id().toString();
        return new RegistrationJson(receipt.status().name(), places, receipt.waitingAhead(),
                RegistrationRoutes.page(receipt.cancelToken()), MeetingApiRoutes.meeting(id), null);
    }

    static RegistrationJson of(RegistrationStanding view, String token, Instant now) {
        String id = view.meeting().meeting().id().toString();
        return new RegistrationJson(view.status().name(), view.places(), view.waitingAhead(),
                RegistrationRoutes.page(token), MeetingApiRoutes.meeting(id), MeetingJson.of(view.meeting(), now));
    }

    @Override
    public String toString() {
        return "RegistrationJson[" + status + "]";
    }
}
