package org.bettercaretogether.web.meeting;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bettercaretogether.application.meeting.PublicMeeting;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.web.platform.StaffDates;
import org.bettercaretogether.web.platform.StaffRejections;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FieldChecks.Field;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;

/**
 * The values of a meeting's form — scheduling one, or revising one — as the person sees them: filled from the meeting,
 * or as typed when shown again with errors. Who holds it is a choice ({@code host}: a community or a workstream) with
 * a list of each; the day is a GOV.UK date input and the start and end times are typed ("18:00" or "6pm"), all in UK
 * time; the access features are ticked.
 */
public record StaffMeetingForm(String version, String host, String community, String workstream, String title,
                               String purpose, StaffDates date, String startTime, String endTime, String venueName,
                               String venueAddress, Set<String> access, String accessNotes, String onlineLink,
                               String capacity) {

    static final String COMMUNITY = "community";
    static final String WORKSTREAM = "workstream";
    static final String HOST = "host";
    static final String DATE = "date";
    static final String START_TIME = "start-time";
    static final String END_TIME = "end-time";
    /** The field ids, in the order the form shows them. */
    static final List<String> FIELDS = List.of(HOST, COMMUNITY, WORKSTREAM, "title", "purpose", DATE, START_TIME,
            END_TIME, "venue-name", "venue-address", "access", "access-notes", "online-link", "capacity");
    /** The application's fields that the form names otherwise: the start and end are typed as times of the day. */
    private static final Field[] TIMES = {
            new Field("start", START_TIME, "The start time"), new Field("startsAt", START_TIME, "The start time"),
            new Field("end", END_TIME, "The end time"), new Field("endsAt", END_TIME, "The end time")};

    public StaffMeetingForm {
        access = Set.copyOf(access);
    }

    static StaffMeetingForm empty() {
        return new StaffMeetingForm("", "", "", "", "", "", StaffDates.empty(), "", "", "", "", Set.of(), "", "", "");
    }

    static StaffMeetingForm of(PublicMeeting shown) {
        Meeting meeting = shown.meeting();
        Optional<Venue> venue = meeting.venue();
        return new StaffMeetingForm(Long.toString(meeting.version()), shown.hostKind(),
                shown.hostKind().equals(COMMUNITY) ? shown.hostSlug() : "",
                shown.hostKind().equals(WORKSTREAM) ? shown.hostSlug() : "", meeting.title(), meeting.purpose(),
                StaffDates.of(meeting.localStart().toLocalDate()),
                StaffMeetingTimes.typed(meeting.localStart().toLocalTime()),
                StaffMeetingTimes.typed(meeting.localEnd().toLocalTime()),
                venue.map(Venue::name).orElse(""), venue.map(Venue::address).orElse(""),
                Set.copyOf(venue.map(v -> v.access().stream().map(Enum::name).toList()).orElse(List.of())),
                venue.flatMap(Venue::accessNotes).orElse(""),
                meeting.onlineLink().map(Object::toString).orElse(""), Integer.toString(meeting.capacity()));
    }

    static StaffMeetingForm read(Context ctx) {
        return new StaffMeetingForm(Requests.field(ctx, StaffMeetingBody.VERSION), Requests.field(ctx, HOST),
                Requests.field(ctx, COMMUNITY), Requests.field(ctx, WORKSTREAM), Requests.field(ctx, "title"),
                Requests.field(ctx, "purpose"), StaffDates.read(ctx, DATE), Requests.field(ctx, START_TIME),
                Requests.field(ctx, END_TIME), Requests.field(ctx, "venue-name"), Requests.field(ctx, "venue-address"),
                Set.copyOf(ctx.formParams("access").stream().filter(value -> !value.isBlank()).toList()), Requests.field(ctx, "access-notes"),
                Requests.field(ctx, "online-link"), Requests.field(ctx, "capacity"));
    }

    /**
     * The body the form stands for; what only the form has — the choice of host, the day and the times typed, the
     * number of places as text — is checked here, each problem against its field.
     */
    StaffMeetingBody body(FieldChecks checks, Long readAt) {
        String byCommunity = null;
        String byWorkstream = null;
        switch (host) {
            case COMMUNITY -> {
                if (checks.required(COMMUNITY, community, "Select the community that holds the meeting")) {
                    byCommunity = community;
                }
            }
            case WORKSTREAM -> {
                if (checks.required(WORKSTREAM, workstream, "Select the workstream the meeting is for")) {
                    byWorkstream = workstream;
                }
            }
            default -> checks.add(HOST, "Select who holds the meeting: a community or a workstream");
        }
        Optional<LocalDate> day = date.date(checks, DATE, "the date of the meeting");
        Optional<LocalTime> from = time(checks, START_TIME, startTime, "start");
        Optional<LocalTime> to = time(checks, END_TIME, endTime, "end");
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            checks.add(END_TIME, "The end time must be after the start time");
        }
        Integer places = null;
        if (checks.required("capacity", capacity, "Enter the number of places")) {
            if (capacity.matches("[0-9]{1,6}")) {
                places = Integer.parseInt(capacity);
            } else {
                checks.add("capacity", "The number of places must be a whole number, like 40");
            }
        }
        LocalDateTime start = day.isPresent() && from.isPresent() ? day.get().atTime(from.get()) : null;
        LocalDateTime end = day.isPresent() && to.isPresent() ? day.get().atTime(to.get()) : null;
        return new StaffMeetingBody(readAt, byCommunity, byWorkstream, title, purpose, start, end, venueName,
                venueAddress, List.copyOf(access), accessNotes, onlineLink, places);
    }

    private static Optional<LocalTime> time(FieldChecks checks, String field, String typed, String which) {
        if (typed.isEmpty()) {
            checks.add(field, "Enter the " + which + " time, like 18:00 or 6pm");
            return Optional.empty();
        }
        Optional<LocalTime> time = StaffMeetingTimes.parse(typed);
        if (time.isEmpty()) {
            checks.add(field, "The " + which + " time must be a time of day, like 18:00 or 6pm");
        }
        return time;
    }

    /**
     * The errors of {@code rejection} against the form's fields, in page order: the start and end are the times
     * typed; the other fields are named as the API names them ({@code venueName} is {@code venue-name}).
     */
    static FormErrors errors(Rejection rejection) {
        Rejection worded = StaffRejections.reworded(rejection, TIMES);
        return FormErrors.onFields(StaffRejections.reworded(worded, StaffMeetingBody.FIELDS), "title")
                .inOrder(FIELDS);
    }
}
