package org.bettercaretogether.domain.keyquestion;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.domain.keyquestion.KeyQuestionTest.keyQuestion;

class KeyQuestionOrderTest {

    private static final Instant LATER = Instant.parse("2026-06-01T10:00:00Z");

    private final KeyQuestion what = keyQuestion(1, "What is it?");
    private final KeyQuestion who = keyQuestion(2, "Who takes part?");
    private final KeyQuestion how = keyQuestion(3, "How do I share a view?");
    private final List<KeyQuestion> three = List.of(how, what, who);

    @Test
    void moving_up_swaps_a_question_with_the_one_before_it() {
        List<KeyQuestion> moved = KeyQuestionOrder.moveUp(three, how.id(), LATER);

        assertThat(moved).extracting(KeyQuestion::question)
                .containsExactly("What is it?", "How do I share a view?", "Who takes part?");
        assertThat(moved).extracting(KeyQuestion::position).containsExactly(1, 2, 3);
    }

    @Test
    void moving_down_swaps_a_question_with_the_one_after_it_and_marks_only_the_two_that_moved() {
        List<KeyQuestion> moved = KeyQuestionOrder.moveDown(three, what.id(), LATER);

        assertThat(moved).extracting(KeyQuestion::question)
                .containsExactly("Who takes part?", "What is it?", "How do I share a view?");
        assertThat(moved).extracting(KeyQuestion::changedAt)
                .containsExactly(LATER, LATER, KeyQuestionTest.MONDAY);
        assertThat(moved.get(2)).isSameAs(how);
    }

    @Test
    void the_first_cannot_move_up_nor_the_last_down() {
        assertThatThrownBy(() -> KeyQuestionOrder.moveUp(three, what.id(), LATER))
                .isInstanceOf(StateConflictException.class).hasMessage("The question is already first in the list.");
        assertThatThrownBy(() -> KeyQuestionOrder.moveDown(three, how.id(), LATER))
                .isInstanceOf(StateConflictException.class).hasMessage("The question is already last in the list.");
    }

    @Test
    void removing_a_question_closes_up_the_ones_after_it() {
        List<KeyQuestion> left = KeyQuestionOrder.without(three, what.id(), LATER);

        assertThat(left).extracting(KeyQuestion::question).containsExactly("Who takes part?", "How do I share a view?");
        assertThat(left).extracting(KeyQuestion::position).containsExactly(1, 2);
    }

    @Test
    void removing_the_last_question_leaves_the_others_untouched() {
        List<KeyQuestion> left = KeyQuestionOrder.without(three, how.id(), LATER);

        assertThat(left).containsExactly(what, who);
    }

    @Test
    void positions_with_gaps_are_numbered_again_from_one() {
        List<KeyQuestion> gappy = List.of(what.atPosition(4, LATER), who.atPosition(9, LATER));

        assertThat(KeyQuestionOrder.moveUp(gappy, who.id(), LATER)).extracting(KeyQuestion::position)
                .containsExactly(1, 2);
    }

    @Test
    void a_question_not_in_the_list_cannot_be_moved_or_removed() {
        KeyQuestionId stranger = KeyQuestionId.random();

        assertThatThrownBy(() -> KeyQuestionOrder.moveUp(three, stranger, LATER))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("keyQuestionId"));
        assertThatThrownBy(() -> KeyQuestionOrder.without(three, stranger, LATER))
                .isInstanceOf(InvalidValueException.class);
    }
}
