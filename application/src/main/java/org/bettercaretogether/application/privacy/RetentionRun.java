package org.bettercaretogether.application.privacy;

import org.bettercaretogether.domain.audit.FieldChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a run of the retention removed, kind by kind, or that it did nothing because another instance of the service
 * was running it.
 *
 * @param ran whether this instance ran it; false when another held it
 */
public record RetentionRun(boolean ran, int viewContactDetails, int registrations, int undeliveredMail,
                           int mailDropFiles, int answersForRetries, int staffSessions, int apiTokens,
                           int answersInProgress, int unconfirmedSubscriptions) {

    /** Another instance was running it: nothing was removed here. */
    public static RetentionRun leftToAnother() {
        return new RetentionRun(false, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public int total() {
        return viewContactDetails + registrations + undeliveredMail + mailDropFiles + answersForRetries + staffSessions
                + apiTokens + answersInProgress + unconfirmedSubscriptions;
    }

    /** Whether any kind reached {@code batch}: there may be more to remove at once. */
    boolean filled(int batch) {
        return viewContactDetails >= batch || registrations >= batch || undeliveredMail >= batch
                || mailDropFiles >= batch || answersForRetries >= batch || staffSessions >= batch
                || apiTokens >= batch || answersInProgress >= batch
                || unconfirmedSubscriptions >= batch;
    }

    /** This run and {@code next} added up; ran if either ran. */
    RetentionRun plus(RetentionRun next) {
        return new RetentionRun(ran || next.ran, viewContactDetails + next.viewContactDetails,
                registrations + next.registrations, undeliveredMail + next.undeliveredMail,
                mailDropFiles + next.mailDropFiles, answersForRetries + next.answersForRetries,
                staffSessions + next.staffSessions, apiTokens + next.apiTokens,
                answersInProgress + next.answersInProgress,
                unconfirmedSubscriptions + next.unconfirmedSubscriptions);
    }

    /** The counts as the audit log records them: one field per kind that anything was removed of, before nothing. */
    List<FieldChange> counts() {
        List<FieldChange> counts = new ArrayList<>();
        count(counts, "view contact details removed", viewContactDetails);
        count(counts, "meeting registrations removed", registrations);
        count(counts, "undelivered messages removed", undeliveredMail);
        count(counts, "mail-drop files removed", mailDropFiles);
        count(counts, "answers kept for retries removed", answersForRetries);
        count(counts, "staff sessions removed", staffSessions);
        count(counts, "API tokens removed", apiTokens);
        count(counts, "unsent consultation answers removed", answersInProgress);
        count(counts, "unconfirmed subscriptions removed", unconfirmedSubscriptions);
        return counts;
    }

    private static void count(List<FieldChange> counts, String what, int removed) {
        if (removed > 0) {
            counts.add(new FieldChange(what, Optional.empty(), Optional.of(Integer.toString(removed))));
        }
    }
}
