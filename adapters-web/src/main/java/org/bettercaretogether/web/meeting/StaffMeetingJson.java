package org.bettercaretogether.web.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.bettercaretogether.application.meeting.PublicMeeting;
import org.bettercaretogether.application.meeting.StaffMeeting;
import org.bettercaretogether.domain.meeting.Meeting;

/**
 * A meeting as the staff API answers it: who holds it, what it is, when (UK local time, and as instants), where, its
 * places (taken and left) and waiting list, its status, and — once recorded — the reason it was cancelled, or how many
 * came and the public summary; with the {@code version} a change must quote. One meeting also lists its
 * {@code registrations}, with the personal data staff need to run it (names, email addresses, access needs): the
 * staff API only, never logged.
 */
public record StaffMeetingJson(String id, long version, Host host, String title, String purpose, LocalDateTime start,
                               LocalDateTime end, Instant startsAt, Instant endsAt, Venue venue, String onlineLink,
                               int capacity, int placesTaken, int placesLeft, int waiting, String status,
                               String cancellationReason, Integer attendance, String summary,
                               List<Registrant> registrations) {

    /** Who holds the meeting: {@code community} or {@code workstream}, its address and name. */
    public record Host(String kind, String slug, String name) {
    }

    /** Where the meeting is held. */
    public record Venue(String name, String address, List<String> access, String accessNotes) {
    }

    /** A person's registration: personal data, for staff only. */
    public record Registrant(String id, String name, String email, int places, String accessNeeds, String status,
                             int arrival, Instant registeredAt) {

        @Override
        public String toString() {
            return "Registrant[" + id + "]";
        }
    }

    /** The meeting without its registrations, as the list of meetings gives it. */
    static StaffMeetingJson listed(PublicMeeting shown) {
        return of(shown, null);
    }

    /** The meeting with every registration. */
    static StaffMeetingJson of(StaffMeeting staff) {
        return of(staff.meeting(), staff.registrations().stream().map(registration -> new Registrant(
                registration.id().toString(), registration.name(), registration.email().value(),
                registration.places(), registration.accessNeeds().orElse(null), registration.status().name(),
                registration.arrival(), registration.registeredAt())).toList());
    }

    private static StaffMeetingJson of(PublicMeeting shown, List<Registrant> registrations) {
        Meeting meeting = shown.meeting();
        return new StaffMeetingJson(meeting.id().toString(), meeting.version(),
                new Host(shown.hostKind(), shown.hostSlug(), shown.hostName()), meeting.title(), meeting.purpose(),
                meeting.localStart(), meeting.localEnd(), meeting.startsAt(), meeting.endsAt(),
                meeting.venue().map(venue -> new Venue(venue.name(), venue.address(),
                        venue.access().stream().sorted().map(Enum::name).toList(), venue.accessNotes().orElse(null)))
                        .orElse(null),
                meeting.onlineLink().map(Object::toString).orElse(null), meeting.capacity(),
                meeting.capacity() - shown.placesLeft(), shown.placesLeft(), shown.waiting(), meeting.status().name(),
                meeting.cancellationReason().orElse(null), meeting.attendance().orElse(null),
                meeting.summary().orElse(null), registrations);
    }

    @Override
    public String toString() {
        return "StaffMeetingJson[" + id + "]";
    }
}
