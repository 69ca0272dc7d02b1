package org.bettercaretogether.web.meeting;

import java.io.StringReader;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.validate.ValidationResult;
import org.bettercaretogether.domain.meeting.MeetingId;

/** Reads calendar files back with ical4j, as a calendar app would, to check what they say rather than how. */
final class CalendarFiles {

    private CalendarFiles() {
    }

    static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (Exception unreadable) {
            throw new AssertionError("Not an iCalendar document: " + ics, unreadable);
        }
    }

    /** The event of a meeting, by its UID. */
    static VEvent event(String ics, MeetingId meeting) {
        return withUid(ics, meeting + "@bettercaretogether");
    }

    /** The event whose UID is {@code uid}. */
    static VEvent withUid(String ics, String uid) {
        return parse(ics).<VEvent>getComponents("VEVENT").stream()
                .filter(event -> value(event, "UID").equals(uid))
                .findFirst().orElseThrow(() -> new AssertionError("No event " + uid + " in " + ics));
    }

    /** The instant the meeting starts, as a calendar app reads it, in UTC ("2026-10-26T18:00:00Z"). */
    static String startOf(String ics, MeetingId meeting) {
        DtStart<Temporal> dtStart = event(ics, meeting).<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow();
        Temporal start = dtStart.getDate();
        return DateTimeFormatter.ISO_INSTANT.format(ZonedDateTime.from(start).toInstant());
    }

    /** The value of an event's property ({@code SUMMARY}, {@code SEQUENCE}...). */
    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue)
                .orElseThrow(() -> new AssertionError("No " + property + " in " + event));
    }

    /** The problems ical4j finds with the document (RFC 5545 rules). */
    static ValidationResult validate(String ics) {
        try {
            return parse(ics).validate();
        } catch (Exception invalid) {
            throw new AssertionError("ical4j could not validate " + ics, invalid);
        }
    }
}
