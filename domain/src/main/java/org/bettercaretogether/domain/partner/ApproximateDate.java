package org.bettercaretogether.domain.partner;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date known to the day, to the month or only to the year. Sources often say "abolished in 2023" and no
 * more; the programme records what is known instead of inventing a day.
 *
 * @param date      the first day of the period that is known
 * @param precision how much of {@code date} is known
 */
public record ApproximateDate(LocalDate date, DatePrecision precision) {

    public ApproximateDate {
        Require.present(date, "date");
        Require.present(precision, "precision");
        boolean aligned = switch (precision) {
            case DAY -> true;
            case MONTH -> date.getDayOfMonth() == 1;
            case YEAR -> date.getDayOfYear() == 1;
        };
        if (!aligned) {
            throw new InvalidValueException("date", "must be the first day of the month or year it stands for");
        }
    }

    public static ApproximateDate day(LocalDate date) {
        return new ApproximateDate(date, DatePrecision.DAY);
    }

    public static ApproximateDate month(int year, int month) {
        return new ApproximateDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static ApproximateDate year(int year) {
        return new ApproximateDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /** The date as a person would write it: "2023", "April 2023" or "1 April 2023". */
    public String toText() {
        String pattern = switch (precision) {
            case DAY -> "d MMMM uuuu";
            case MONTH -> "MMMM uuuu";
            case YEAR -> "uuuu";
        };
        return date.format(DateTimeFormatter.ofPattern(pattern, Locale.UK));
    }
}
