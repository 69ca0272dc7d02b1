package org.bettercaretogether.domain.project;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One regular weekly time a project meets, in UK time: every {@code day} from {@code starts} to {@code ends}. */
public record Session(DayOfWeek day, LocalTime starts, LocalTime ends) {

    public Session {
        Require.present(day, "day");
        Require.present(starts, "starts");
        Require.present(ends, "ends");
        if (!ends.isAfter(starts)) {
            throw new InvalidValueException("ends", "must be after the time it starts");
        }
    }
}
