package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.feedback.FeedbackId;

import java.util.Optional;

/** Partners answer the views assigned to them, and close views that need nothing more. */
public interface RespondToFeedback {

    /**
     * Views waiting for an answer, a page of at most {@code limit} at a time after {@code cursor} (a page's
     * {@code next}): a responder sees their own organisation's; moderators, engagement officers and administrators see
     * every organisation's. A cursor this service did not give, or a limit out of range, is refused.
     */
    Outcome<AwaitingAnswer> awaitingAnswer(Actor actor, Optional<String> cursor, int limit);

    /** A responder of the partner the view is assigned to writes the official answer. The person is told, if they asked. */
    Outcome<FeedbackForStaff> respond(Actor actor, FeedbackId id, long version, String answer);

    /**
     * Closes a view: a responder of the assigned partner, a moderator or an administrator; without an answer, only
     * with a reason.
     */
    Outcome<FeedbackForStaff> close(Actor actor, FeedbackId id, long version, Optional<String> reason);
}
