package org.bettercaretogether.web.platform;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How pages write numbers, dates and lists: "365,000", "1 April 2023", "Kendal, Burneside and Staveley". */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    /** The programme's time zone: Morecambe Bay keeps UK time. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private Formats() {
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    public static String date(LocalDate date) {
        return date.format(DAY);
    }

    /** A moment as people in the UK read it: "1 April 2023 at 2:30pm" (GOV.UK style: lower-case am/pm). */
    public static String dateTime(Instant instant) {
        var local = instant.atZone(UK);
        return local.format(DAY) + " at " + local.format(TIME).toLowerCase(Locale.UK);
    }

    /**
     * A length of time as a person would say it, in the largest whole unit: "a year", "2 years", "30 days", "a day",
     * "12 hours", "15 minutes". A year is 365 days.
     */
    public static String period(Duration length) {
        long days = length.toDays();
        if (length.equals(Duration.ofDays(days)) && days > 0) {
            return days % 365 == 0 ? counted(days / 365, "a year", "years") : counted(days, "a day", "days");
        }
        long hours = length.toHours();
        if (length.equals(Duration.ofHours(hours)) && hours > 0) {
            return counted(hours, "an hour", "hours");
        }
        return counted(Math.max(1, length.toMinutes()), "a minute", "minutes");
    }

    private static String counted(long count, String one, String many) {
        return count == 1 ? one : number(count) + " " + many;
    }

    /** The items joined as a person would write them: "a", "a and b", "a, b and c". */
    public static String list(List<String> items) {
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.getFirst();
            default -> String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
        };
    }
}
