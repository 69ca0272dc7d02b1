package org.bettercaretogether.web.community;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.web.platform.FieldChecks;

/**
 * Moving a priority to another status, as {@code POST /api/v1/staff/priorities/{id}/status} takes it:
 * {@code {"version": 2, "status": "AGREED", "on": "2026-03-12"}}; without a day, today in the UK. The day may not be
 * in the future, nor before the day of the status before it.
 */
public record StaffPriorityMove(Long version, String status, LocalDate on) {

    static final String STATUS = "status";
    static final String ON = "on";

    long version(FieldChecks checks) {
        return checks.version(StaffPriorityBody.VERSION, version, "priority");
    }

    /** The status asked for, or empty with the problem recorded against {@code field}. */
    static Optional<PriorityStatus> status(FieldChecks checks, String field, String status, String missing) {
        if (!checks.required(field, status, missing)) {
            return Optional.empty();
        }
        Optional<PriorityStatus> found = Arrays.stream(PriorityStatus.values())
                .filter(known -> known.name().equals(status)).findFirst();
        if (found.isEmpty()) {
            checks.add(field, "The status must be one of " + String.join(", ",
                    Arrays.stream(PriorityStatus.values()).map(Enum::name).toList()));
        }
        return found;
    }
}
