package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.feedback.FeedbackReference;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Staff enter views that did not come in online, one at a time or a whole batch (such as an imported file). Open to
 * moderators, engagement officers and administrators.
 */
public interface EnterFeedback {

    Outcome<FeedbackReference> enter(Actor actor, EnteredView view);

    /**
     * Enters every view of a batch, or none: when any row is refused, the answer names each refused row (its field is
     * {@code row N: field}, counting from 1) and nothing is stored.
     */
    Outcome<List<FeedbackReference>> enterAll(Actor actor, List<EnteredView> views);

    /**
     * As {@link #enterAll(Actor, List)}, telling {@code entered} how many views of the batch have been written so far
     * (still to be committed together), for a person waiting on a large file.
     */
    Outcome<List<FeedbackReference>> enterAll(Actor actor, List<EnteredView> views, IntConsumer entered);
}
