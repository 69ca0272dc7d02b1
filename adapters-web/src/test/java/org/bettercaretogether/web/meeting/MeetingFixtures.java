package org.bettercaretogether.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.meeting.StaffMeeting;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.web.RunningPublicWeb;

/**
 * What the meeting tests share: a server on a clock that stands at 1 September 2026 (so that meetings in October 2026
 * are to come) and lets one address post as often as a test needs; meetings scheduled through the staff use case;
 * registering through the form; and the registrations stored behind the use cases.
 */
final class MeetingFixtures {

    /** Where the tests' clocks start: well before the meetings they schedule. */
    static final Instant SEPTEMBER = Instant.parse("2026-09-01T09:00:00Z");

    static final Venue TOWN_HALL = new Venue("Kendal Town Hall", "Highgate\nKendal LA9 4DL",
            Set.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP),
            Optional.of("Use the side entrance on Lowther Street for the lift."));

    static final URI ONLINE = URI.create("https://meet.example.org/kendal-evening");

    private final RunningPublicWeb web;
    private final Actor officer = new Actor(StaffMemberId.random(), MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
            Set.of(Role.ENGAGEMENT_OFFICER));

    MeetingFixtures(RunningPublicWeb web) {
        this.web = web;
    }

    /** The public web server on {@code clock}, with room for many submissions from the test's one address. */
    static RunningPublicWeb server(MovableClock clock) {
        var defaults = SecuritySettings.defaults();
        return new RunningPublicWeb(clock, RunningPublicWeb.securitySettings(defaults.signInsPerSource(),
                defaults.failedSignInsPerAccount(), new Limit(100_000, Duration.ofMinutes(10))), false);
    }

    static MovableClock september() {
        return new MovableClock(SEPTEMBER);
    }

    /** A meeting of Kendal at the town hall, 6pm to 8pm UK time on {@code day}, with {@code capacity} places. */
    StaffMeeting kendal(String title, LocalDateTime start, int capacity) {
        return schedule(new MeetingDraft(Optional.of(new Slug("kendal")), Optional.empty(), title,
                "Tell us what matters to you about health and care in Kendal.\nEveryone is welcome.", start,
                start.plusHours(2), Optional.of(TOWN_HALL), Optional.empty(), capacity));
    }

    /** A meeting of Kendal on 26 October 2026 at 6pm with {@code capacity} places. */
    StaffMeeting kendal(String title, int capacity) {
        return kendal(title, LocalDateTime.of(2026, 10, 26, 18, 0), capacity);
    }

    StaffMeeting schedule(MeetingDraft draft) {
        return web.application().scheduleMeetings().schedule(officer, draft).orElseThrow();
    }

    StaffMeeting cancel(MeetingId id, String reason) {
        StaffMeeting current = web.application().scheduleMeetings().meeting(officer, id).orElseThrow();
        return web.application().scheduleMeetings().cancel(officer, id, current.meeting().meeting().version(), reason)
                .orElseThrow();
    }

    Actor officer() {
        return officer;
    }

    /** Registers through the form, asserts it worked, and answers the registration's private page (without ?new=1). */
    String register(MeetingId meeting, String name, String email, int places) {
        HttpResponse<String> response = web.browser().post(page(meeting) + "/register", "name", name, "email", email,
                "places", Integer.toString(places), "access-needs", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/meetings/registrations/").endsWith("?new=1");
        return location.substring(0, location.indexOf('?'));
    }

    /** The registrations stored for a meeting, cancelled ones included, in order of arrival. */
    List<Registration> registrations(MeetingId meeting) {
        return new ArrayList<>(web.application().life().registrations().of(meeting));
    }

    static String page(MeetingId meeting) {
        return "/meetings/" + meeting;
    }

    static MeetingId id(StaffMeeting meeting) {
        return meeting.meeting().meeting().id();
    }

}
