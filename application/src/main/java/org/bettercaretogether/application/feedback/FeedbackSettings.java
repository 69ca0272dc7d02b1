package org.bettercaretogether.application.feedback;

import java.time.Duration;

/**
 * How the feedback loop is run.
 *
 * @param responseTargetWorkingDays working days after a view is received by which its answer is due
 * @param replaysKeptFor            how long the answer to an idempotent submission is kept for retries
 */
public record FeedbackSettings(int responseTargetWorkingDays, Duration replaysKeptFor) {

    public FeedbackSettings {
        if (responseTargetWorkingDays < 1 || responseTargetWorkingDays > 250) {
            throw new IllegalArgumentException("the response target must be 1 to 250 working days");
        }
        if (replaysKeptFor.isNegative() || replaysKeptFor.isZero()) {
            throw new IllegalArgumentException("replays must be kept for a positive time");
        }
    }

    public static FeedbackSettings defaults() {
        return new FeedbackSettings(20, Duration.ofHours(24));
    }
}
