package org.bettercaretogether.web.meeting;

import jakarta.inject.Inject;
import java.time.Clock;
import org.bettercaretogether.application.security.AdmitPublicSubmission;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.meeting.RegisterForMeeting;
import org.bettercaretogether.application.meeting.ScheduleMeetings;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * Public meetings. For the public: the list and pages of meetings ({@code /meetings}, {@code /meetings/{id}}),
 * registering and the private page of a registration ({@code /meetings/registrations/{token}}), the calendar files
 * ({@code /meetings/{id}.ics}, {@code /communities/{slug}/meetings.ics}, {@code /workstreams/{slug}/meetings.ics})
 * (the feeds with the closing moments of the {@code consultations} about their community or workstream) and the same
 * under {@code /api/v1}; a meeting's page and its API answer tell how many views were given at it and
 * show the published ones. For staff (behind the staff gate): running the meetings through {@code schedule}, with
 * hosts from {@code directory}. The clock tells whether a meeting is still open, under way or over; the calendar
 * files come first, before the page they would clash with.
 */
public final class MeetingWeb extends FeatureRoutes {

    @Inject
    public MeetingWeb(BrowseMeetings meetings, RegisterForMeeting register, AdmitPublicSubmission admit,
                      ReadPublishedFeedback published, ScheduleMeetings schedule, BrowseDirectory directory,
                      BrowseConsultations consultations, Clock clock) {
        super(new CalendarRoutes(meetings, consultations, clock), new MeetingRoutes(meetings, register, admit, published, clock),
                new RegistrationRoutes(register, clock),
                new MeetingApiRoutes(meetings, register, admit, published, clock),
                new StaffMeetingRoutes(schedule, directory, clock), new StaffMeetingApiRoutes(schedule));
    }
}
