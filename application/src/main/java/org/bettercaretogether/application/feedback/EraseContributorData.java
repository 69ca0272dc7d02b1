package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.shared.EmailAddress;

/**
 * Administrators erase a person's personal data on request: the name, email address, phone number and original words
 * of their views go, with any mail still waiting to be sent to them; the published text and the figures stay. Each
 * erasure is recorded in the audit log.
 */
public interface EraseContributorData {

    /** Erases the view with this reference, and every other view that gave the same email address. Answers how many. */
    Outcome<Integer> eraseByReference(Actor actor, FeedbackReference reference);

    /** Erases every view that gave this email address. Answers how many. */
    Outcome<Integer> eraseByEmail(Actor actor, EmailAddress email);
}
