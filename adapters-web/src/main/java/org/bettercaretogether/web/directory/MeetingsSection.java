package org.bettercaretogether.web.directory;

import java.time.Instant;
import java.util.List;
import org.bettercaretogether.application.meeting.PublicMeeting;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingStatus;
import org.bettercaretogether.web.platform.MeetingTimes;

/**
 * What a community's page shows of its meetings: those not yet over, soonest first, each linked to its own page with
 * its day and UK times, where it is and how many places are left (a cancelled one says so); and the address of the
 * community's calendar feed. Nothing about who registered.
 */
public record MeetingsSection(String name, List<Item> upcoming, String calendarHref) {

    public MeetingsSection {
        upcoming = List.copyOf(upcoming);
    }

    /**
     * One meeting.
     *
     * @param when      its day and times, UK time: "Monday 26 October 2026, 6pm to 8pm"
     * @param where     the venue, online, or both
     * @param places    how many places are left, or why none can be had
     * @param cancelled whether it has been called off
     */
    public record Item(String title, String href, String when, String where, String places, boolean cancelled) {
    }

    /** The meetings of the community called {@code name} at {@code slug} that have not ended by {@code now}. */
    static MeetingsSection of(String name, String slug, List<PublicMeeting> meetings, Instant now) {
        return new MeetingsSection(name, meetings.stream().filter(found -> found.meeting().endsAt().isAfter(now))
                .map(found -> item(found, now)).toList(), "/communities/" + slug + "/meetings.ics");
    }

    private static Item item(PublicMeeting found, Instant now) {
        Meeting meeting = found.meeting();
        boolean cancelled = meeting.status() == MeetingStatus.CANCELLED;
        return new Item(meeting.title(), "/meetings/" + meeting.id(), MeetingTimes.when(meeting),
                where(meeting), cancelled ? "Cancelled" : places(found, now), cancelled);
    }

    private static String where(Meeting meeting) {
        if (meeting.venue().isEmpty()) {
            return "Online";
        }
        String venue = meeting.venue().get().name() + ", " + meeting.venue().get().address();
        return meeting.onlineLink().isPresent() ? venue + ", or online" : venue;
    }

    private static String places(PublicMeeting found, Instant now) {
        if (!found.meeting().open(now)) {
            return "Under way: registration has closed";
        }
        if (found.placesLeft() > 0) {
            return found.placesLeft() + (found.placesLeft() == 1 ? " place left" : " places left");
        }
        return "Fully booked: you can join the waiting list";
    }
}
