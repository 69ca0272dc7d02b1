package org.bettercaretogether.web.consultation;

import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.web.platform.FieldChecks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A step in a consultation's life as the staff API takes it, each quoting the version read: scheduling
 * ({@code {"version": 1}}), extending ({@code {"version": 2, "closesAt": "2027-04-04T23:59", "reason": "..."}}, the
 * new closing in UK time), closing early ({@code {"version": 2, "reason": "..."}}) and publishing results
 * ({@code {"version": 3, "summary": "..."}}).
 */
public record ConsultationStep(Long version, LocalDateTime closesAt, String reason, String summary) {

    static final String VERSION = "version";
    static final String CLOSES_AT = "closesAt";
    static final String REASON = "reason";
    static final String SUMMARY = "summary";

    long version(FieldChecks checks) {
        return checks.version(VERSION, version, "consultation");
    }

    /** The new closing moment, read as UK time; empty with the problem recorded. */
    Optional<Instant> closing(FieldChecks checks) {
        if (!checks.required(CLOSES_AT, closesAt, "Give the new closing time, in UK time, such as 2027-04-04T23:59")) {
            return Optional.empty();
        }
        return checks.check(CLOSES_AT, "The closing time", () -> OpeningTimes.ukInstant(closesAt, CLOSES_AT));
    }

    /** The reason the public is shown; empty (with the problem recorded) when none is given. */
    Optional<String> reason(FieldChecks checks) {
        return checks.required(REASON, reason, "Give the reason, which the public is shown") ? Optional.of(reason)
                : Optional.empty();
    }

    /** The summary of the results; empty (with the problem recorded) when none is given. */
    Optional<String> summary(FieldChecks checks) {
        return checks.required(SUMMARY, summary, "Give the summary of what was heard, which the public is shown")
                ? Optional.of(summary) : Optional.empty();
    }
}
