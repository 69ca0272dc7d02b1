package org.bettercaretogether.application.privacy;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.feedback.FeedbackReference;

/**
 * Administrators erase everything held about a person on request. From their views go the name, email address,
 * telephone number and original words, and the public text too when a personal detail is found in what the public
 * read (the view is then taken down); the view's history says it was erased, and the figures stay. Their
 * registrations for meetings go (a place held for a meeting still to come goes to whoever waits first), and so do
 * the mail still waiting for them, or given up on, and the copies of mail written to them in the mail-drop folder.
 * Each erasure is recorded in the audit log, by references and counts.
 */
public interface EraseContributorData {

    /**
     * Erases the view with this reference, and everything held about the email address and the telephone number it
     * gave (either may be absent).
     */
    Outcome<ErasureReport> eraseByReference(Actor actor, FeedbackReference reference);

    /** Erases everything held about the person with this email address or telephone number. */
    Outcome<ErasureReport> erase(Actor actor, DataSubject subject);
}
