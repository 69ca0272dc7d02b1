package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.UkTime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When a consultation takes answers: from {@code opensAt} (included) until {@code closesAt} (excluded). The moments
 * are instants, so they are exact whatever the season; people set and read them as UK wall-clock times
 * (Europe/London, summer time included).
 */
public record OpeningTimes(Instant opensAt, Instant closesAt) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("h:mma 'on' EEEE d MMMM yyyy", Locale.UK);

    public OpeningTimes {
        Require.present(opensAt, "opensAt");
        Require.present(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new InvalidValueException("closesAt", "must be after the consultation opens");
        }
    }

    /**
     * The times from UK wall-clock readings. A reading that never happens (the hour skipped when the clocks go
     * forward in March) is refused; a reading that happens twice (the hour repeated in October) means its first
     * occurrence, in summer time.
     */
    public static OpeningTimes inUkTime(LocalDateTime opens, LocalDateTime closes) {
        return new OpeningTimes(ukInstant(opens, "opensAt"), ukInstant(closes, "closesAt"));
    }

    /** The instant a UK wall-clock reading names; refused if the clocks skip it. */
    public static Instant ukInstant(LocalDateTime reading, String field) {
        Require.present(reading, field);
        if (UkTime.ZONE.getRules().getValidOffsets(reading).isEmpty()) {
            throw new InvalidValueException(field, "must be a time that happens in the UK: the clocks skip "
                    + reading.toLocalTime() + " on " + reading.toLocalDate() + " when they go forward");
        }
        return ZonedDateTime.ofLocal(reading, UkTime.ZONE, null).withEarlierOffsetAtOverlap().toInstant();
    }

    /** An instant as people in the UK read it, such as "11:59pm on Sunday 28 March 2027". */
    public static String shown(Instant instant) {
        return SHOWN.format(instant.atZone(UkTime.ZONE)).replace("AM", "am").replace("PM", "pm");
    }

    /** Whether answers are taken at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** The same opening with a new closing moment. */
    public OpeningTimes closingAt(Instant newClosing) {
        return new OpeningTimes(opensAt, newClosing);
    }
}
