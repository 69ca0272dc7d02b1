package org.bettercaretogether.web.meeting;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FieldChecks.Field;

/**
 * A meeting as the staff API takes it ({@code POST /api/v1/staff/meetings}, and with the {@code version} it was read
 * at, {@code PUT /api/v1/staff/meetings/{id}}): the slug of the community or of the workstream that holds it (one of
 * the two; it cannot change), its title and purpose, its start and end in UK local time
 * ({@code "2026-10-26T18:00"}), the venue (name, address, access features such as {@code ["STEP_FREE"]} and notes),
 * an online link ({@code https} only), or both, and the number of places ({@code capacity}).
 */
public record StaffMeetingBody(Long version, String community, String workstream, String title, String purpose,
                               LocalDateTime start, LocalDateTime end, String venueName, String venueAddress,
                               List<String> access, String accessNotes, String onlineLink, Integer capacity) {

    static final String VERSION = "version";

    /** The application's fields, as the API names them and as a person reads them. */
    static final Field[] FIELDS = {
            new Field("community", "community", "A community"), new Field("workstream", "workstream", "The workstream"),
            new Field("title", "title", "The title"), new Field("purpose", "purpose", "The purpose"),
            new Field("start", "start", "The start"), new Field("startsAt", "start", "The start"),
            new Field("end", "end", "The end"), new Field("endsAt", "end", "The end"),
            new Field("venueName", "venueName", "The venue's name"),
            new Field("venueAddress", "venueAddress", "The venue's address"),
            new Field("accessNotes", "accessNotes", "The access notes"),
            new Field("onlineLink", "onlineLink", "The online link"),
            new Field("capacity", "capacity", "The number of places")};

    /** The version a revision must quote. */
    long version(FieldChecks checks) {
        return checks.version(VERSION, version, "meeting");
    }

    /** The draft this body describes, or every problem of its fields at once. */
    Outcome<MeetingDraft> draft(FieldChecks checks) {
        return draft(checks, false);
    }

    /**
     * The draft, or every problem at once; {@code timesChecked} when a form has already checked the day and times it
     * made the start and end from, so that a time not given is not reported twice.
     */
    Outcome<MeetingDraft> draft(FieldChecks checks, boolean timesChecked) {
        Optional<Slug> byCommunity = slug(checks, "community", community, "The community");
        Optional<Slug> byWorkstream = slug(checks, "workstream", workstream, "The workstream");
        checks.required("title", title, "Enter a title for the meeting");
        checks.required("purpose", purpose, "Say what the meeting is for");
        if (!timesChecked) {
            checks.required("start", start, "Give when the meeting starts, in UK time");
            checks.required("end", end, "Give when the meeting ends, in UK time");
            if (start != null && end != null && !end.isAfter(start)) {
                checks.add("end", "The end must be after the start");
            }
        }
        Optional<Venue> venue = venue(checks);
        Optional<URI> link = link(checks);
        checks.required("capacity", capacity, "Give the number of places");
        return checks.outcome(() -> new MeetingDraft(byCommunity, byWorkstream, title, purpose, start, end, venue, link,
                capacity), FIELDS);
    }

    private static Optional<Slug> slug(FieldChecks checks, String field, String slug, String label) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return checks.check(field, label, () -> new Slug(slug.strip()));
    }

    /** A venue when any of its details is given; it then needs a name and an address. */
    private Optional<Venue> venue(FieldChecks checks) {
        boolean given = present(venueName) || present(venueAddress) || (access != null && !access.isEmpty())
                || present(accessNotes);
        if (!given) {
            return Optional.empty();
        }
        checks.required("venueName", venueName, "Enter the name of the venue");
        checks.required("venueAddress", venueAddress, "Enter the address of the venue");
        Set<AccessFeature> features = EnumSet.noneOf(AccessFeature.class);
        for (String feature : access == null ? List.<String>of() : access) {
            Arrays.stream(AccessFeature.values()).filter(known -> known.name().equals(feature)).findFirst()
                    .ifPresentOrElse(features::add, () -> checks.add("access", "Access features are one or more of "
                            + String.join(", ", Arrays.stream(AccessFeature.values()).map(Enum::name).toList())));
        }
        if (checks.has("venueName") || checks.has("venueAddress") || checks.has("access")) {
            return Optional.empty();
        }
        return checks.check(() -> new Venue(venueName, venueAddress, features,
                present(accessNotes) ? Optional.of(accessNotes) : Optional.empty()), FIELDS);
    }

    private Optional<URI> link(FieldChecks checks) {
        if (!present(onlineLink)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(onlineLink.strip()));
        } catch (URISyntaxException notAnAddress) {
            checks.add("onlineLink", "The online link must be a web address, like https://meet.example.org/abc");
            return Optional.empty();
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
