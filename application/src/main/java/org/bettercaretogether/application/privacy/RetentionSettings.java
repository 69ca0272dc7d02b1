package org.bettercaretogether.application.privacy;

import org.bettercaretogether.application.follow.Subscriptions;

import java.time.Duration;

/**
 * How long the service keeps what it holds about people, in one place: the privacy notice states these, and the
 * removal that runs on a schedule ({@link ApplyRetention}) applies them. A staff session goes as soon as it ends (its
 * timeouts are the security settings'); everything else below is kept for the time given, then removed.
 *
 * @param viewContactDetails a view's contact details (name, email address, telephone number), after the view is
 *                           closed; its words, public text and history stay
 * @param registrations      a meeting's registrations (names, email addresses, access needs), after it ends
 * @param undeliveredMail    a message the outbox gave up on, after it gave up (sent messages leave it at once)
 * @param mailDropFiles      a message written to the mail-drop folder in place of sending it, after it was written
 * @param answersForRetries  the answer given to a request sent with an idempotency key, after it was given
 * @param endedApiTokens     an API token, after it expired or was revoked (its owner sees it ended until then)
 * @param runEvery           how often the removal runs
 */
public record RetentionSettings(Duration viewContactDetails, Duration registrations, Duration undeliveredMail,
                                Duration mailDropFiles, Duration answersForRetries, Duration endedApiTokens,
                                Duration runEvery) {

    public RetentionSettings {
        positive(viewContactDetails, "viewContactDetails");
        positive(registrations, "registrations");
        positive(undeliveredMail, "undeliveredMail");
        positive(mailDropFiles, "mailDropFiles");
        positive(answersForRetries, "answersForRetries");
        positive(endedApiTokens, "endedApiTokens");
        positive(runEvery, "runEvery");
    }

    /** How long a subscription to follow something by email waits for its confirmation: see {@link Subscriptions}. */
    public Duration unconfirmedSubscriptions() {
        return Subscriptions.KEPT_UNCONFIRMED;
    }

    /** What the privacy notice promises unless an installation says otherwise. */
    public static RetentionSettings defaults() {
        return new RetentionSettings(Duration.ofDays(365), Duration.ofDays(30), Duration.ofDays(30),
                Duration.ofDays(30), Duration.ofHours(24), Duration.ofDays(30), Duration.ofHours(1));
    }

    private static void positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
