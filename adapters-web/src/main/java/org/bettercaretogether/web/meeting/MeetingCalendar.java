package org.bettercaretogether.web.meeting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingStatus;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.shared.UkTime;

/**
 * Meetings as an iCalendar document (RFC 5545), written by ical4j: one {@code VEVENT} per meeting, its start and end
 * in UK time ({@code DTSTART;TZID=Europe/London:20261026T180000}) with the {@code VTIMEZONE} that defines it, so a
 * calendar shows 18:00 on the day after the clocks go back as 18:00, wherever it is.
 *
 * <ul>
 *   <li>{@code UID} is {@code {id}@bettercaretogether}, the same every time, so that a calendar updates the event
 *       rather than adding another;</li>
 *   <li>{@code SEQUENCE} is the meeting's version, which goes up with every change (a move, a cancellation), so that
 *       a calendar takes the newer event over the one it has;</li>
 *   <li>{@code STATUS} is {@code CANCELLED} for a cancelled meeting (and its summary says so, for calendars that
 *       do not show the status), {@code CONFIRMED} otherwise;</li>
 *   <li>{@code LOCATION} is the venue's name and address, or the online link for a meeting held only online;
 *       {@code DESCRIPTION} is the purpose (with the online link, when there is a venue too); {@code URL} the
 *       meeting's page.</li>
 * </ul>
 *
 * <p>A feed of a community or workstream also holds the closing moment of each consultation about it that is open or
 * coming up ({@link #closing}), so that a subscriber's calendar shows the last day to answer.
 *
 * <p>The document has no {@code METHOD}: it publishes, but iTIP's {@code METHOD:PUBLISH} (RFC 5546) would require an
 * {@code ORGANIZER} address the programme does not have, and calendar apps import and subscribe without one.
 *
 * <p>The time zone comes from ical4j's own copy of the tz database, in its jar: ical4j fetches a newer definition
 * from tzurl.org only when {@code net.fortuna.ical4j.timezone.update.enabled} is set, which this service never
 * sets, so writing a calendar needs no network.
 */
final class MeetingCalendar {

    private static final String PRODUCT = "-//Better Care Together//Public meetings//EN";
    private static final String UID_DOMAIN = "@bettercaretogether";
    private static final String CLOSING_UID = "-closes";

    private MeetingCalendar() {
    }

    /** The zone's definition is read and parsed once, the first time a calendar is written. */
    private static final class London {
        static final VTimeZone ZONE = load();

        private static VTimeZone load() {
            TimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(UkTime.ZONE.getId());
            if (zone == null) {
                throw new IllegalStateException("ical4j has no definition of " + UkTime.ZONE.getId());
            }
            return zone.getVTimeZone();
        }
    }

    /**
     * The calendar of {@code meetings} (written at {@code now}), whose pages are at {@code origin}
     * ({@code https://example.org}); {@code name}, when given, is what a calendar app calls a subscribed feed.
     */
    static String of(List<Meeting> meetings, Optional<String> name, String origin, Instant now) {
        return of(meetings, List.of(), name, origin, now);
    }

    /**
     * The calendar of {@code meetings} and of the closing moments of {@code closings} (consultations open or coming
     * up), written at {@code now}.
     */
    static String of(List<Meeting> meetings, List<ConsultationSummary> closings, Optional<String> name, String origin,
                     Instant now) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        name.ifPresent(calendarName -> calendar.add(new XProperty("X-WR-CALNAME", calendarName)));
        // Always, even with no event: RFC 5545 wants at least one component, and a feed may be empty for now.
        calendar.add(London.ZONE);
        for (Meeting meeting : meetings) {
            calendar.add(event(meeting, origin, now));
        }
        for (ConsultationSummary closing : closings) {
            calendar.add(closing(closing.consultation(), origin, now));
        }
        var written = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, written);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        } catch (ValidationException notWhenNotValidating) {
            throw new IllegalStateException(notWhenNotValidating);
        }
        return written.toString();
    }

    private static VEvent event(Meeting meeting, String origin, Instant now) {
        boolean cancelled = meeting.status() == MeetingStatus.CANCELLED;
        var event = new VEvent(false);
        event.add(new Uid(meeting.id() + UID_DOMAIN));
        event.add(new DtStamp(now));
        event.add(new Sequence(Math.toIntExact(Math.min(meeting.version(), Integer.MAX_VALUE))));
        event.add(new DtStart<>(ZonedDateTime.ofInstant(meeting.startsAt(), UkTime.ZONE)));
        event.add(new DtEnd<>(ZonedDateTime.ofInstant(meeting.endsAt(), UkTime.ZONE)));
        event.add(new Summary(cancelled ? "Cancelled: " + meeting.title() : meeting.title()));
        event.add(new Description(description(meeting)));
        event.add(new Location(location(meeting)));
        event.add(new Url(URI.create(origin + MeetingRoutes.page(meeting.id().toString()))));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    /**
     * The moment a consultation closes, as an event of no length named "Closes: {title}": its {@code UID} is the
     * consultation's id with "-closes" (never a meeting's), its {@code SEQUENCE} the consultation's version, which goes
     * up when the closing is extended or brought forward.
     */
    private static VEvent closing(Consultation consultation, String origin, Instant now) {
        var event = new VEvent(false);
        event.add(new Uid(consultation.id() + CLOSING_UID + UID_DOMAIN));
        event.add(new DtStamp(now));
        event.add(new Sequence(Math.toIntExact(Math.min(consultation.version(), Integer.MAX_VALUE))));
        ZonedDateTime closes = ZonedDateTime.ofInstant(consultation.times().closesAt(), UkTime.ZONE);
        event.add(new DtStart<>(closes));
        event.add(new DtEnd<>(closes));
        event.add(new Summary("Closes: " + consultation.title()));
        event.add(new Description("The last moment to answer this consultation. " + consultation.summary()));
        event.add(new Url(URI.create(origin + "/consultations/" + consultation.slug())));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private static String description(Meeting meeting) {
        List<String> parts = new ArrayList<>();
        meeting.cancellationReason().ifPresent(reason -> parts.add("This meeting is cancelled: " + reason));
        parts.add(meeting.purpose());
        if (meeting.venue().isPresent()) {
            meeting.onlineLink().ifPresent(link -> parts.add("You can also join online: " + link));
        }
        return String.join("\n\n", parts);
    }

    private static String location(Meeting meeting) {
        return meeting.venue().map(MeetingCalendar::place)
                .orElseGet(() -> meeting.onlineLink().map(URI::toString).orElse("Online"));
    }

    private static String place(Venue venue) {
        return venue.name() + ", " + String.join(", ", MeetingDetails.lines(venue.address()));
    }
}
