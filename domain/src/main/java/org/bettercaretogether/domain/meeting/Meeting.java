package org.bettercaretogether.domain.meeting;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.bettercaretogether.domain.shared.UkTime;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * A public engagement meeting. It starts and ends at instants shown in UK time ({@link #localStart()}), so 18:00 on
 * the day after the clock change is 18:00 on the page and in a calendar. It is held at a venue, online, or both; it has
 * a number of places. Staff may move it or cancel it before it starts; afterwards they record how many came and a
 * public summary.
 *
 * @param attendance how many people came, recorded after the meeting
 * @param summary    what was discussed, for the public, recorded after the meeting
 */
public record Meeting(MeetingId id, MeetingHost host, String title, String purpose, Instant startsAt, Instant endsAt,
                      Optional<Venue> venue, Optional<URI> onlineLink, int capacity, MeetingStatus status,
                      Optional<String> cancellationReason, Optional<Integer> attendance, Optional<String> summary,
                      long version) {

    public static final int MOST_PLACES = 10_000;

    public Meeting {
        Require.present(id, "meetingId");
        Require.present(host, "host");
        title = Require.text(title, "title", 200);
        purpose = Require.text(purpose, "purpose", 5_000);
        Require.present(startsAt, "startsAt");
        Require.present(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidValueException("endsAt", "must be after the start");
        }
        Require.present(venue, "venue");
        Require.present(onlineLink, "onlineLink");
        onlineLink.ifPresent(link -> {
            String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") || link.getHost() == null) {
                throw new InvalidValueException("onlineLink", "must be an https address, like https://meet.example.org/abc");
            }
        });
        if (venue.isEmpty() && onlineLink.isEmpty()) {
            throw new InvalidValueException("venueName", "or an online link must be given: say where the meeting is");
        }
        if (capacity < 1 || capacity > MOST_PLACES) {
            throw new InvalidValueException("capacity", "must be from 1 to " + MOST_PLACES);
        }
        Require.present(status, "status");
        cancellationReason = Require.present(cancellationReason, "cancellationReason")
                .map(reason -> Require.text(reason, "cancellationReason", 1_000));
        Require.present(attendance, "attendance");
        attendance.ifPresent(count -> {
            if (count < 0 || count > 100_000) {
                throw new InvalidValueException("attendance", "must be from 0 to 100000");
            }
        });
        summary = Require.present(summary, "summary").map(text -> Require.text(text, "summary", 10_000));
        Require.version(version);
    }

    /** A meeting just scheduled. */
    public static Meeting schedule(MeetingId id, MeetingHost host, String title, String purpose, Instant startsAt,
                                   Instant endsAt, Optional<Venue> venue, Optional<URI> onlineLink, int capacity) {
        return new Meeting(id, host, title, purpose, startsAt, endsAt, venue, onlineLink, capacity,
                MeetingStatus.SCHEDULED, Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, UkTime.ZONE);
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(endsAt, UkTime.ZONE);
    }

    /** Whether people may still register: scheduled and not yet started. */
    public boolean open(Instant now) {
        return status == MeetingStatus.SCHEDULED && now.isBefore(startsAt);
    }

    /** The same meeting with its details changed (time, place, places); only before it starts and if not cancelled. */
    public Meeting revise(String newTitle, String newPurpose, Instant newStart, Instant newEnd, Optional<Venue> newVenue,
                          Optional<URI> newLink, int newCapacity, Instant now) {
        requireOpen(now);
        return new Meeting(id, host, newTitle, newPurpose, newStart, newEnd, newVenue, newLink, newCapacity, status,
                cancellationReason, attendance, summary, version);
    }

    public Meeting cancel(String reason, Instant now) {
        requireOpen(now);
        return new Meeting(id, host, title, purpose, startsAt, endsAt, venue, onlineLink, capacity,
                MeetingStatus.CANCELLED, Optional.of(Require.present(reason, "cancellationReason")), attendance, summary,
                version);
    }

    /** Records, once the meeting has ended, how many came and what was discussed. */
    public Meeting recordAfterwards(int cameAlong, String publicSummary, Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            throw new StateConflictException("This meeting was cancelled.");
        }
        if (now.isBefore(endsAt)) {
            throw new StateConflictException("Attendance and a summary can be recorded once the meeting has ended.");
        }
        return new Meeting(id, host, title, purpose, startsAt, endsAt, venue, onlineLink, capacity, status,
                cancellationReason, Optional.of(cameAlong), Optional.of(Require.present(publicSummary, "summary")),
                version);
    }

    public Meeting withVersion(long newVersion) {
        return new Meeting(id, host, title, purpose, startsAt, endsAt, venue, onlineLink, capacity, status,
                cancellationReason, attendance, summary, newVersion);
    }

    private void requireOpen(Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            throw new StateConflictException("This meeting was cancelled.");
        }
        if (!now.isBefore(startsAt)) {
            throw new StateConflictException("This meeting has already started.");
        }
    }
}
