package org.bettercaretogether.web.platform;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How pages write numbers, dates and lists: "365,000", "1 April 2023", "Kendal, Burneside and Staveley". */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private Formats() {
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    public static String date(LocalDate date) {
        return date.format(DAY);
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
