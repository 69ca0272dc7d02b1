package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.bettercaretogether.domain.shared.UkTime;

/**
 * A date as the GOV.UK date input holds it on the staff forms of a community's life: day, month and year typed
 * separately ({@code reached-on-day}, {@code reached-on-month}, {@code reached-on-year} for the field
 * {@code reached-on}), kept as typed so that a form shown again with errors shows what the person wrote.
 */
public record StaffDates(String day, String month, String year) {

    /** The example every date hint and error message gives. */
    public static final String EXAMPLE = "12 3 2026";

    public StaffDates {
        day = day == null ? "" : day;
        month = month == null ? "" : month;
        year = year == null ? "" : year;
    }

    /** The input filled in with {@code date}. */
    public static StaffDates of(LocalDate date) {
        return new StaffDates(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                Integer.toString(date.getYear()));
    }

    /** Today, UK time: the day a change is dated when none is given, and the latest it may be dated. */
    public static LocalDate today(Clock clock) {
        return UkTime.dayOf(clock.instant());
    }

    public static StaffDates empty() {
        return new StaffDates("", "", "");
    }

    /** What the form sent for the date input {@code id}. */
    public static StaffDates read(Context ctx, String id) {
        return new StaffDates(Requests.field(ctx, id + "-day"), Requests.field(ctx, id + "-month"),
                Requests.field(ctx, id + "-year"));
    }

    /**
     * The date typed, or empty with a problem of {@code field}: "Enter {@code what}" when nothing was typed, and
     * "{@code What} must be a real date" when what was typed is not one (31 2 2026).
     */
    public Optional<LocalDate> date(FieldChecks checks, String field, String what) {
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            checks.add(field, "Enter " + what + ", like " + EXAMPLE);
            return Optional.empty();
        }
        try {
            if (year.length() != 4) {
                throw new NumberFormatException("a year has four digits");
            }
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException notADate) {
            checks.add(field, Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    + " must be a real date, with a day, month and year, like " + EXAMPLE);
            return Optional.empty();
        }
    }
}
