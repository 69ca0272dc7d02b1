package org.bettercaretogether.web.meeting;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.bettercaretogether.application.meeting.PublicMeeting;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingStatus;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.MeetingTimes;

/**
 * A meeting as the public pages show it: what, who holds it (and where their page is), when in UK time, where, the
 * places left and how many wait, and whether it is going ahead, under way or over. Nothing about who registered.
 *
 * @param hostHref    the host's page, or null when the host is no longer known
 * @param venue       null for a meeting held only online
 * @param onlineLink  null for a meeting held only at a venue
 * @param cancellationReason  why it was cancelled, or null
 * @param attendance  how many came, once recorded, or null
 * @param summary     the public summary afterwards, a paragraph per line; empty until recorded
 */
public record MeetingDetails(String id, String title, List<String> purpose, String hostName, String hostKind,
                          String hostHref, String when, VenueView venue, String onlineLink, int capacity,
                          int placesLeft, int waiting, boolean cancelled, String cancellationReason, boolean open,
                          boolean started, boolean ended, Integer attendance, List<String> summary) {

    public MeetingDetails {
        purpose = List.copyOf(purpose);
        summary = List.copyOf(summary);
    }

    /** A venue with what it offers for access, in the order the programme lists the features. */
    public record VenueView(String name, List<String> addressLines, List<String> access, String accessNotes) {

        public VenueView {
            addressLines = List.copyOf(addressLines);
            access = List.copyOf(access);
        }

        static VenueView of(Venue venue) {
            return new VenueView(venue.name(), lines(venue.address()),
                    venue.access().stream().sorted(Comparator.naturalOrder()).map(AccessFeature::title).toList(),
                    venue.accessNotes().orElse(null));
        }
    }

    /** The meeting as it stands at {@code now}. */
    static MeetingDetails of(PublicMeeting shown, Instant now) {
        Meeting meeting = shown.meeting();
        return new MeetingDetails(meeting.id().toString(), meeting.title(), lines(meeting.purpose()), shown.hostName(),
                hostKind(shown), hostHref(shown), MeetingTimes.when(meeting),
                meeting.venue().map(VenueView::of).orElse(null),
                meeting.onlineLink().map(Object::toString).orElse(null), meeting.capacity(), shown.placesLeft(),
                shown.waiting(), meeting.status() == MeetingStatus.CANCELLED,
                meeting.cancellationReason().orElse(null), meeting.open(now), !now.isBefore(meeting.startsAt()),
                !now.isBefore(meeting.endsAt()), meeting.attendance().orElse(null),
                meeting.summary().map(MeetingDetails::lines).orElse(List.of()));
    }

    /** The meeting's page. */
    public String page() {
        return MeetingRoutes.page(id);
    }

    /** Its calendar file. */
    public String calendar() {
        return CalendarRoutes.meeting(id);
    }

    /** Where the registration form posts. */
    public String registerAction() {
        return MeetingRoutes.page(id) + "/register";
    }

    /** "Kendal Town Hall" or "Online" for the list of meetings; "Kendal Town Hall and online" when both. */
    public String where() {
        if (venue == null) {
            return "Online";
        }
        return onlineLink == null ? venue.name() : venue.name() + " and online";
    }

    /** The places as a person reads them: "12 places left of 20", "Full — join the waiting list". */
    public String places() {
        if (placesLeft == 0) {
            return open ? "Full — join the waiting list" : "Full";
        }
        return (placesLeft == 1 ? "1 place" : Formats.number(placesLeft) + " places") + " left of "
                + Formats.number(capacity);
    }

    /** "3 people waiting for a place", or null when nobody is. */
    public String waitingText() {
        if (waiting == 0) {
            return null;
        }
        return (waiting == 1 ? "1 person" : Formats.number(waiting) + " people") + " waiting for a place";
    }

    /** Whether someone registering now would wait rather than have a place. */
    public boolean full() {
        return placesLeft == 0 || waiting > 0;
    }

    /** Under way: started, not yet over, not cancelled. */
    public boolean underWay() {
        return started && !ended && !cancelled;
    }

    /** Over, and not cancelled: it took place. */
    public boolean tookPlace() {
        return ended && !cancelled;
    }

    /** "Cancelled", "Taken place", "Under way", or "Open for registration". */
    public String status() {
        if (cancelled) {
            return "Cancelled";
        }
        if (ended) {
            return "Taken place";
        }
        return started ? "Under way" : "Open for registration";
    }

    /** The GOV.UK tag colour of the status. */
    public String statusColour() {
        if (cancelled) {
            return "govuk-tag--red";
        }
        if (started) {
            return "govuk-tag--grey";
        }
        return full() ? "govuk-tag--orange" : "govuk-tag--green";
    }

    /** "23 people came", once recorded. */
    public String attendanceText() {
        if (attendance == null) {
            return null;
        }
        return (attendance == 1 ? "1 person" : Formats.number(attendance) + " people") + " came";
    }

    private static String hostKind(PublicMeeting shown) {
        return shown.hostKind().equals("workstream") ? "Service review workstream" : "Integrated Care Community";
    }

    private static String hostHref(PublicMeeting shown) {
        if (shown.hostSlug().isBlank()) {
            return null;
        }
        return (shown.hostKind().equals("workstream") ? "/workstreams/" : "/communities/") + shown.hostSlug();
    }

    /** Text as paragraphs (or address lines): one per non-blank line. */
    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "MeetingDetails[" + id + "]";
    }
}
