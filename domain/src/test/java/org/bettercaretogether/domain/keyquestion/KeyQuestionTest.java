package org.bettercaretogether.domain.keyquestion;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyQuestionTest {

    static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-09T09:00:00Z");

    /** A key question at {@code position}, asking {@code question}, added on Monday. */
    static KeyQuestion keyQuestion(int position, String question) {
        return KeyQuestion.add(KeyQuestionId.random(), question, "An answer to " + question, position, MONDAY);
    }

    @Test
    void the_question_and_answer_are_kept_trimmed_and_a_new_question_is_not_yet_stored() {
        KeyQuestion added = KeyQuestion.add(KeyQuestionId.random(), "  What is an ICC?  ",
                "\n  A local team.  \n", 1, MONDAY);

        assertThat(added.question()).isEqualTo("What is an ICC?");
        assertThat(added.answer()).isEqualTo("A local team.");
        assertThat(added.version()).isZero();
        assertThat(added.changedAt()).isEqualTo(MONDAY);
    }

    @Test
    void a_missing_or_blank_question_or_answer_is_refused_naming_the_field() {
        assertRefused(() -> KeyQuestion.add(KeyQuestionId.random(), null, "An answer.", 1, MONDAY),
                "question", "is required");
        assertRefused(() -> KeyQuestion.add(KeyQuestionId.random(), " \t ", "An answer.", 1, MONDAY),
                "question", "must not be blank");
        assertRefused(() -> KeyQuestion.add(KeyQuestionId.random(), "A question?", null, 1, MONDAY),
                "answer", "is required");
        assertRefused(() -> KeyQuestion.add(KeyQuestionId.random(), "A question?", "\r\n\r\n", 1, MONDAY),
                "answer", "must not be blank");
    }

    @Test
    void a_question_may_be_200_characters_and_an_answer_4000_but_no_more() {
        String longestQuestion = "Q".repeat(199) + "?";
        String longestAnswer = "A".repeat(4_000);

        KeyQuestion longest = KeyQuestion.add(KeyQuestionId.random(), longestQuestion, longestAnswer, 1, MONDAY);

        assertThat(longest.question()).hasSize(200);
        assertThat(longest.answer()).hasSize(4_000);
        assertRefused(() -> KeyQuestion.add(KeyQuestionId.random(), longestQuestion + "?", "A", 1, MONDAY),
                "question", "must be at most 200 characters");
        assertRefused(() -> KeyQuestion.add(KeyQuestionId.random(), "Q?", longestAnswer + "A", 1, MONDAY),
                "answer", "must be at most 4000 characters");
    }

    @Test
    void line_endings_a_browser_sends_count_once_so_an_answer_typed_on_any_system_has_the_same_length() {
        String typedOnWindows = "First line.\r\n\r\nSecond line.";

        KeyQuestion kept = KeyQuestion.add(KeyQuestionId.random(), "Q?", typedOnWindows, 1, MONDAY);

        assertThat(kept.answer()).isEqualTo("First line.\n\nSecond line.");
    }

    @Test
    void the_answer_reads_as_paragraphs_split_at_blank_lines_with_the_lines_of_each_joined() {
        KeyQuestion kept = KeyQuestion.add(KeyQuestionId.random(), "Q?",
                "Ten organisations\nwork together.\n\n  \n\nTwelve communities.\n \t\nThree networks.", 1, MONDAY);

        assertThat(kept.paragraphs())
                .containsExactly("Ten organisations work together.", "Twelve communities.", "Three networks.");
    }

    @Test
    void a_position_below_one_is_refused() {
        assertRefused(() -> KeyQuestion.add(KeyQuestionId.random(), "Q?", "A.", 0, MONDAY),
                "position", "must be greater than zero");
    }

    @Test
    void revising_rewords_the_question_keeps_its_place_and_version_and_marks_when() {
        KeyQuestion stored = keyQuestion(3, "Old wording?").withVersion(2);

        KeyQuestion revised = stored.revise("New wording?", "New answer.", LATER);

        assertThat(revised.question()).isEqualTo("New wording?");
        assertThat(revised.answer()).isEqualTo("New answer.");
        assertThat(revised.position()).isEqualTo(3);
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.changedAt()).isEqualTo(LATER);
    }

    @Test
    void revising_with_a_blank_answer_is_refused() {
        KeyQuestion stored = keyQuestion(1, "A question?");

        assertRefused(() -> stored.revise("A question?", "   ", LATER), "answer", "must not be blank");
    }

    @Test
    void a_move_to_the_same_place_changes_nothing_and_a_move_elsewhere_marks_when() {
        KeyQuestion stored = keyQuestion(2, "A question?");

        assertThat(stored.atPosition(2, LATER)).isSameAs(stored);
        assertThat(stored.atPosition(1, LATER).changedAt()).isEqualTo(LATER);
        assertThat(stored.atPosition(1, LATER).position()).isEqualTo(1);
    }

    @Test
    void an_id_that_is_not_a_uuid_is_refused() {
        assertRefused(() -> KeyQuestionId.parse("what-is-an-icc"), "keyQuestionId", "must be a UUID");
        assertThat(KeyQuestionId.parse(" 0f8fad5b-d9cb-469f-a165-70867728950e ").toString())
                .isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable making, String field,
                                      String rule) {
        assertThatThrownBy(making).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }
}
