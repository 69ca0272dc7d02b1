package org.bettercaretogether.domain.keyquestion;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.StateConflictException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the key questions numbered 1, 2, 3… with no gap and no tie, whatever moves or leaves: the one place that
 * decides the positions, so that staff pages, the API and the database agree.
 */
public final class KeyQuestionOrder {

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
        List<KeyQuestion> ordered = ordered(questions);
        ordered.remove(indexOf(ordered, leaving));
        return renumbered(ordered, at);
    }

    /** The questions in the order given, numbered from 1; only those whose place changed are marked changed. */
    public static List<KeyQuestion> renumbered(List<KeyQuestion> inOrder, Instant at) {
        List<KeyQuestion> result = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            result.add(inOrder.get(i).atPosition(i + 1, at));
        }
        return result;
    }

    private static List<KeyQuestion> moveBy(List<KeyQuestion> questions, KeyQuestionId moving, int step,
                                            Instant at) {
        List<KeyQuestion> ordered = ordered(questions);
        int from = indexOf(ordered, moving);
        int to = from + step;
        if (to < 0) {
            throw new StateConflictException("The question is already first in the list.");
        }
        if (to >= ordered.size()) {
            throw new StateConflictException("The question is already last in the list.");
        }
        ordered.add(to, ordered.remove(from));
        return renumbered(ordered, at);
    }

    private static List<KeyQuestion> ordered(List<KeyQuestion> questions) {
        return new ArrayList<>(questions.stream().sorted(Comparator.comparingInt(KeyQuestion::position)).toList());
    }

    private static int indexOf(List<KeyQuestion> ordered, KeyQuestionId id) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new InvalidValueException("keyQuestionId", "must be one of the key questions");
    }
}
