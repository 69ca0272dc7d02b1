package org.bettercaretogether.application.keyquestion;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.keyquestion.KeyQuestionId;

import java.util.List;

/**
 * Engagement officers and administrators keep the key questions. Each change to a question names the version it was
 * read at, so a change made meanwhile by someone else is refused as a conflict rather than overwritten; positions
 * stay 1, 2, 3… without gaps; every change is written to the audit log.
 */
public interface ManageKeyQuestions {

    /** One key question, as staff read it before changing it. */
    Outcome<KeyQuestion> keyQuestion(Actor actor, KeyQuestionId id);

    /** Adds a key question at the end of the list. */
    Outcome<KeyQuestion> add(Actor actor, KeyQuestionDraft draft);

    /** Rewords a key question; its place in the list stays. */
    Outcome<KeyQuestion> revise(Actor actor, KeyQuestionId id, long version, KeyQuestionDraft draft);

    /** Swaps the key question with the one before it. Answers the whole list, in order. */
    Outcome<List<KeyQuestion>> moveUp(Actor actor, KeyQuestionId id, long version);

    /** Swaps the key question with the one after it. Answers the whole list, in order. */
    Outcome<List<KeyQuestion>> moveDown(Actor actor, KeyQuestionId id, long version);

    /** Removes the key question; those after it close up. Answers the list left, in order. */
    Outcome<List<KeyQuestion>> remove(Actor actor, KeyQuestionId id, long version);
}
