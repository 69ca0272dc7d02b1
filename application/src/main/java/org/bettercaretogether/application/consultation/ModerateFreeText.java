package org.bettercaretogether.application.consultation;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.FreeTextAnswer;
import org.bettercaretogether.domain.consultation.FreeTextAnswerId;
import org.bettercaretogether.domain.feedback.WithholdReason;

import java.util.Optional;

/**
 * Moderators and administrators — those who moderate views — decide which free-text answers the public reads, with
 * the same personal-details detection as views: each answer given with consent to publish waits for them, to be
 * published in words free of personal details or withheld with a reason. Each decision names the version it was made
 * on (a conflict when someone decided meanwhile) and is audited.
 */
public interface ModerateFreeText {

    /** How many answers a page of the queue holds at most. */
    int MAXIMUM_PAGE_SIZE = 100;

    /** The answers of one consultation waiting for moderation, oldest first; {@code cursor} is the page before's next. */
    Outcome<FreeTextQueuePage> queue(Actor actor, ConsultationId consultation, Optional<String> cursor, int limit);

    Outcome<FreeTextAnswer> answer(Actor actor, FreeTextAnswerId id);

    /** Publishes the answer as {@code publicText}, refused while it holds a personal detail. */
    Outcome<FreeTextAnswer> publish(Actor actor, FreeTextAnswerId id, long version, String publicText);

    Outcome<FreeTextAnswer> withhold(Actor actor, FreeTextAnswerId id, long version, WithholdReason reason,
                                     Optional<String> note);
}
