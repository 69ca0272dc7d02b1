package org.bettercaretogether.web.meeting;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.bettercaretogether.application.meeting.PublicMeeting;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.shared.UkTime;

/**
 * A meeting as the API answers it. Its start and end are ISO-8601 date-times with the UK offset of that day
 * ({@code "2026-10-26T18:00:00Z"} is 18:00 GMT, {@code "2026-10-23T18:00:00+01:00"} 18:00 BST), so the local time
 * reads directly and the instant is exact. Nothing about who registered.
 *
 * @param status           a {@code MeetingStatus} name: {@code SCHEDULED} or {@code CANCELLED}
 * @param registrationOpen whether registering is possible now (scheduled, not started)
 * @param venue            absent for a meeting held only online
 * @param onlineLink       absent for a meeting held only at a venue
 * @param attendance       how many came, once recorded
 * @param summary          the public summary, once recorded
 * @param page             the meeting's page
 * @param calendar         its iCalendar file
 * @param viewsGiven       how many views were given at it and the published ones; only in the answer about this one
 *                         meeting ({@code GET /api/v1/meetings/{id}}), absent from lists
 */
public record MeetingJson(String id, String title, String purpose, Host host, String startsAt, String endsAt,
                          VenueJson venue, String onlineLink, int capacity, int placesLeft, int waiting,
                          String status, boolean registrationOpen, String cancellationReason, Integer attendance,
                          String summary, String page, String calendar, MeetingViewsJson viewsGiven) {

    /**
     * Who holds the meeting.
     *
     * @param kind {@code community} or {@code workstream}
     * @param slug absent when the host is no longer known
     */
    public record Host(String kind, String slug, String name) {
    }

    /**
     * Where the meeting is held.
     *
     * @param access what the venue offers, as {@code AccessFeature} names ({@code STEP_FREE}, {@code HEARING_LOOP}...)
     */
    public record VenueJson(String name, String address, List<String> access, String accessNotes) {

        public VenueJson {
            access = List.copyOf(access);
        }

        static VenueJson of(Venue venue) {
            return new VenueJson(venue.name(), venue.address(),
                    venue.access().stream().sorted(Comparator.naturalOrder()).map(AccessFeature::name).toList(),
                    venue.accessNotes().orElse(null));
        }
    }

    static MeetingJson of(PublicMeeting shown, Instant now) {
        return of(shown, now, null);
    }

    /** The meeting with the views given at it, or without them when {@code viewsGiven} is null. */
    static MeetingJson of(PublicMeeting shown, Instant now, MeetingViewsJson viewsGiven) {
        Meeting meeting = shown.meeting();
        String id = meeting.id().toString();
        return new MeetingJson(id, meeting.title(), meeting.purpose(),
                new Host(shown.hostKind(), shown.hostSlug().isBlank() ? null : shown.hostSlug(), shown.hostName()),
                ukTime(meeting.startsAt()), ukTime(meeting.endsAt()), meeting.venue().map(VenueJson::of).orElse(null),
                meeting.onlineLink().map(Object::toString).orElse(null), meeting.capacity(), shown.placesLeft(),
                shown.waiting(), meeting.status().name(), meeting.open(now), meeting.cancellationReason().orElse(null),
                meeting.attendance().orElse(null), meeting.summary().orElse(null), MeetingRoutes.page(id),
                CalendarRoutes.meeting(id), viewsGiven);
    }

    /** The instant with the UK offset it had: always with seconds, and "Z" for GMT. */
    static String ukTime(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(UkTime.ZONE).toOffsetDateTime());
    }
}
