package org.bettercaretogether.application.keyquestion;

import org.bettercaretogether.domain.keyquestion.KeyQuestion;

/**
 * A key question as staff write it: the question, and its answer in plain text with a blank line between paragraphs.
 * Checked and trimmed by the same rules as a stored {@link KeyQuestion}; its place in the list is set apart.
 */
public record KeyQuestionDraft(String question, String answer) {

    public KeyQuestionDraft {
        question = KeyQuestion.question(question);
        answer = KeyQuestion.answer(answer);
    }
}
