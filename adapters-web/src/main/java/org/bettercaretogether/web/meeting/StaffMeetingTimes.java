package org.bettercaretogether.web.meeting;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.web.platform.MeetingTimes;

/**
 * Meeting times as staff type them, in UK time: "18:00", "18.30", "6pm" or "6:30pm". (Staff read them as the public
 * does, in the words of {@link MeetingTimes}.)
 */
final class StaffMeetingTimes {

    private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("([01]?[0-9]|2[0-3])[:.]([0-5][0-9])");
    private static final Pattern TWELVE_HOUR = Pattern.compile("(1[0-2]|0?[1-9])(?:[:.]([0-5][0-9]))? ?([ap])\\.?m\\.?");

    private StaffMeetingTimes() {
    }

    /** A time as a form shows it for typing again: "18:00". */
    static String typed(LocalTime time) {
        return String.format(Locale.UK, "%02d:%02d", time.getHour(), time.getMinute());
    }

    /** The time typed ("18:00", "18.30", "6pm", "6:30 pm", "midday"), or empty when it is not one. */
    static Optional<LocalTime> parse(String typed) {
        String text = typed.strip().toLowerCase(Locale.UK);
        if (text.equals("midday") || text.equals("noon")) {
            return Optional.of(LocalTime.NOON);
        }
        if (text.equals("midnight")) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        Matcher twentyFour = TWENTY_FOUR_HOUR.matcher(text);
        if (twentyFour.matches()) {
            return Optional.of(LocalTime.of(Integer.parseInt(twentyFour.group(1)), Integer.parseInt(twentyFour.group(2))));
        }
        Matcher twelve = TWELVE_HOUR.matcher(text);
        if (twelve.matches()) {
            int hour = Integer.parseInt(twelve.group(1)) % 12 + (twelve.group(3).equals("p") ? 12 : 0);
            int minute = twelve.group(2) == null ? 0 : Integer.parseInt(twelve.group(2));
            return Optional.of(LocalTime.of(hour, minute));
        }
        return Optional.empty();
    }
}
