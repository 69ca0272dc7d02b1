package org.bettercaretogether.application.keyquestion;

import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.keyquestion.KeyQuestionId;

import java.util.List;
import java.util.Optional;

/** The programme's key questions, kept in the order the public reads them. */
public interface KeyQuestions {

    /** Every key question, by position. */
    List<KeyQuestion> all();

    /**
     * Every key question, by position, with the list held against other changes until the caller's transaction ends:
     * positions worked out from it (the next one for a new question, those that close up after a removal) are still
     * true when the change is written, however many staff change the list at once.
     */
    List<KeyQuestion> allHeld();

    Optional<KeyQuestion> find(KeyQuestionId id);

    /** Stores a new key question at version 1. */
    KeyQuestion add(KeyQuestion question);

    /** Stores a changed key question if its version is the stored one; empty otherwise. */
    Optional<KeyQuestion> update(KeyQuestion question);

    /** Removes the key question if its version is the stored one; answers whether it did. */
    boolean remove(KeyQuestion question);
}
