package org.bettercaretogether.application.keyquestion;

import org.bettercaretogether.domain.keyquestion.KeyQuestion;

import java.util.List;

/** What anyone may read of the key questions. */
public interface ReadKeyQuestions {

    /** Every key question, in the order staff have put them (position 1 first). */
    List<KeyQuestion> all();
}
