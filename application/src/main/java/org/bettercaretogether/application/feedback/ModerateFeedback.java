package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.partner.PartnerId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Moderators decide what the public sees. Each change names the version of the view it was made on, and is refused
 * as a conflict when someone else changed the view since.
 */
public interface ModerateFeedback {

    /** The views waiting for moderation, oldest first; {@code cursor} is the {@code next} of the page before. */
    Outcome<QueuePage> queue(Actor actor, Optional<String> cursor, int limit);

    /**
     * One view, whole. Moderators, engagement officers and administrators may read any; a responder only those
     * assigned to their own organisation.
     */
    Outcome<FeedbackForStaff> view(Actor actor, FeedbackId id);

    /** Publishes with a text free of personal details; needs the person's consent. The person is told, if they asked. */
    Outcome<FeedbackForStaff> publish(Actor actor, FeedbackId id, long version, String publicText);

    Outcome<FeedbackForStaff> withhold(Actor actor, FeedbackId id, long version, WithholdReason reason,
                                       Optional<String> note);

    /** Tags a view with themes from the managed list (replacing its themes). */
    Outcome<FeedbackForStaff> tagThemes(Actor actor, FeedbackId id, long version, Set<ThemeId> themes);

    /** Gives a view to a partner to answer, due the configured number of working days after it was received. */
    Outcome<FeedbackForStaff> assign(Actor actor, FeedbackId id, long version, PartnerId partner);

    /** Flags a safeguarding concern: every administrator is emailed at once (with the reference, not the words). */
    Outcome<FeedbackForStaff> flagSafeguarding(Actor actor, FeedbackId id, long version, String note);

    /** Views flagged as safeguarding concerns and not yet closed, for administrators. */
    Outcome<List<FeedbackForStaff>> safeguardingConcerns(Actor actor);
}
