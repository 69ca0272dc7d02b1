package org.bettercaretogether.web.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.meeting.RegisterForMeeting;
import org.bettercaretogether.web.platform.Routes;

/**
 * The public pages and API of meetings (registering, cancelling, calendars), for the composition of the web server:
 * the list and pages of meetings ({@code /meetings}, {@code /meetings/{id}}), registering and the private page of a
 * registration ({@code /meetings/registrations/{token}}), the calendar files ({@code /meetings/{id}.ics},
 * {@code /communities/{slug}/meetings.ics}, {@code /workstreams/{slug}/meetings.ics}) and the same under
 * {@code /api/v1}. A meeting's page and its API answer tell how many views were given at it and show the published
 * ones. The clock tells whether a meeting is still open, under way or over.
 */
public final class MeetingWeb {

    private MeetingWeb() {
    }

    /** The route groups over the given ports; the calendar files come first, before the page they would clash with. */
    public static List<Routes> routes(BrowseMeetings meetings, RegisterForMeeting register,
                                      ReadPublishedFeedback published, Clock clock) {
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(clock, "clock");
        return List.of(new CalendarRoutes(meetings, clock), new MeetingRoutes(meetings, register, published, clock),
                new RegistrationRoutes(register, clock), new MeetingApiRoutes(meetings, register, published, clock));
    }
}
