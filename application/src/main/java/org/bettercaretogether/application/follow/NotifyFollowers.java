package org.bettercaretogether.application.follow;

/**
 * Writes to the outbox the notices that are due to followers of consultations. Run on a schedule by the host; safe to
 * run on several instances at once: each notice is written once per subscription, by whichever finds it first.
 */
public interface NotifyFollowers {

    /** Writes every notice due now; answers how many mails it wrote. */
    int notifyDue();
}
