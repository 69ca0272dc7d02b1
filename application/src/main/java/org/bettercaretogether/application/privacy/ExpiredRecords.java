package org.bettercaretogether.application.privacy;

import java.time.Duration;
import java.time.Instant;

/**
 * The records the service keeps only for a time, removed once their time is past. Each method removes at most
 * {@code most} records, those past their time longest first, and answers how many it removed, so that a store holding
 * many at once (the first run on an old installation) is emptied over several runs, none of them long. Each joins the
 * caller's transaction.
 */
public interface ExpiredRecords {

    /**
     * Removes the contact details of views closed before {@code closedBefore} that still hold some and were not
     * erased, each recording in its history that they were removed at {@code now} (see
     * {@code Feedback#forgetContact}).
     */
    int forgetContactOfViewsClosedBefore(Instant closedBefore, Instant now, int most);

    /** Removes the registrations of meetings that ended before {@code endedBefore}. */
    int removeRegistrationsOfMeetingsEndedBefore(Instant endedBefore, int most);

    /** Removes the messages the outbox gave up on before {@code givenUpBefore}. */
    int removeMailGivenUpBefore(Instant givenUpBefore, int most);

    /** Removes the answers kept for retries of requests that carried an idempotency key, given before {@code before}. */
    int removeAnswersForRetriesGivenBefore(Instant before, int most);

    /** Removes the staff sessions ended by {@code now}: past their end, or unused for {@code idleTimeout}. */
    int removeSessionsEndedBy(Instant now, Duration idleTimeout, int most);

    /** Removes the API tokens that expired, or were revoked, before {@code endedBefore}. */
    int removeApiTokensEndedBefore(Instant endedBefore, int most);

    /** Removes the consultation answers given on the web and never sent, once they expired by {@code now}. */
    int removeAnswersInProgressExpiredBy(Instant now, int most);

    /** Removes the subscriptions to follow something by email never confirmed, asked for before {@code askedBefore}. */
    int removeUnconfirmedSubscriptionsAskedBefore(Instant askedBefore, int most);
}
