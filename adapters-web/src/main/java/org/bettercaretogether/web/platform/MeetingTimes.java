package org.bettercaretogether.web.platform;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bettercaretogether.domain.meeting.Meeting;

/**
 * When a meeting is, as people in the UK read it, in UK time whatever the season: "Monday 26 October 2026, 6pm to
 * 8pm", "Friday 23 October 2026, 10:30am to midday". GOV.UK style: am and pm in lower case, no ":00" on the hour,
 * "midday" and "midnight" rather than 12pm and 12am.
 */
public final class MeetingTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("h", Locale.UK);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("h:mm", Locale.UK);

    private MeetingTimes() {
    }

    /** "Monday 26 October 2026, 6pm to 8pm"; a meeting that ends on another day names both days. */
    public static String when(Meeting meeting) {
        LocalDateTime start = meeting.localStart();
        LocalDateTime end = meeting.localEnd();
        String from = day(start) + ", " + time(start.toLocalTime());
        if (end.toLocalDate().equals(start.toLocalDate())) {
            return from + " to " + time(end.toLocalTime());
        }
        return from + " to " + day(end) + ", " + time(end.toLocalTime());
    }

    /** "Monday 26 October 2026". */
    public static String day(LocalDateTime local) {
        return local.format(DAY);
    }

    /** "6pm", "6:30pm", "midday", "midnight". */
    public static String time(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "midday";
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        String clock = (time.getMinute() == 0 ? time.format(HOUR) : time.format(HOUR_MINUTE));
        return clock + (time.getHour() < 12 ? "am" : "pm");
    }
}
