package org.bettercaretogether.domain.keyquestion;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Numbering;
import org.bettercaretogether.domain.shared.StateConflictException;

import java.time.Instant;
import java.util.List;

/**
 * Keeps the key questions numbered 1, 2, 3… with no gap and no tie, whatever moves or leaves: the one place that
 * decides the positions, so that staff pages, the API and the database agree.
 */
public final class KeyQuestionOrder {

    private static final Numbering<KeyQuestion> POSITIONS =
            new Numbering<>(KeyQuestion::position, KeyQuestion::atPosition);

    private KeyQuestionOrder() {
    }

    /** The list after {@code moving} swaps places with the question before it. */
    public static List<KeyQuestion> moveUp(List<KeyQuestion> questions, KeyQuestionId moving, Instant at) {
        return moveBy(questions, moving, -1, at);
    }

    /** The list after {@code moving} swaps places with the question after it. */
    public static List<KeyQuestion> moveDown(List<KeyQuestion> questions, KeyQuestionId moving, Instant at) {
        return moveBy(questions, moving, 1, at);
    }

    /** The list without {@code leaving}, the questions after it closing up. */
    public static List<KeyQuestion> without(List<KeyQuestion> questions, KeyQuestionId leaving, Instant at) {
        return POSITIONS.without(questions, placeOf(questions, leaving), at);
    }

    private static List<KeyQuestion> moveBy(List<KeyQuestion> questions, KeyQuestionId moving, int step,
                                            Instant at) {
        int from = placeOf(questions, moving);
        int to = from + step;
        if (to < 1) {
            throw new StateConflictException("The question is already first in the list.");
        }
        if (to > questions.size()) {
            throw new StateConflictException("The question is already last in the list.");
        }
        return POSITIONS.moved(questions, from, to, at);
    }

    private static int placeOf(List<KeyQuestion> questions, KeyQuestionId id) {
        return POSITIONS.placeOf(questions, question -> question.id().equals(id))
                .orElseThrow(() -> new InvalidValueException("keyQuestionId", "must be one of the key questions"));
    }
}
