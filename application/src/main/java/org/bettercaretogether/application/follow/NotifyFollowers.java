package org.bettercaretogether.application.follow;

/**
 * Writes to the outbox the notices that are due to followers of consultations, and the weekly digests due to followers
 * of communities and workstreams. Run on a schedule by the host; safe to
 * run on several instances at once: each notice is written once per subscription, by whichever finds it first.
 */
public interface NotifyFollowers {

    /** Writes every notice due now; answers how many mails it wrote. */
    int notifyDue();

    /**
     * Writes the weekly digest to each follower of a community or a workstream not yet noted for it this week, once it
     * is due (Monday 08:00, UK time); answers how many mails it wrote.
     */
    int digestDue();
}
