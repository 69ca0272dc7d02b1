package org.bettercaretogether.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The programme keeps UK time: days, due dates and meeting times are those of Europe/London, summer time included. */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkTime() {
    }

    /** The day in the UK at an instant. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The instant a UK day begins. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
