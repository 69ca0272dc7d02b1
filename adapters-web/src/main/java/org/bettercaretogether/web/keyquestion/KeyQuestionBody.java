package org.bettercaretogether.web.keyquestion;

import java.util.List;
import org.bettercaretogether.application.keyquestion.KeyQuestionDraft;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FieldChecks.Field;

/**
 * A key question as the staff API takes it ({@code POST /api/v1/staff/key-questions}, and with the {@code version} it
 * was read at, {@code PUT /api/v1/staff/key-questions/{id}}): the question, and the answer in plain text with a blank
 * line ({@code "\n\n"}) between paragraphs. Its place in the list is changed apart.
 */
public record KeyQuestionBody(Long version, String question, String answer) {

    static final String VERSION = "version";
    static final String QUESTION = "question";
    static final String ANSWER = "answer";
    /** The fields in the order a form shows them. */
    static final List<String> FIELDS = List.of(VERSION, QUESTION, ANSWER);
    /** How the application's fields read to a person, for its refusals. */
    private static final Field[] WORDED = {new Field(QUESTION, QUESTION, "The question"),
            new Field(ANSWER, ANSWER, "The answer")};

    /** The draft this body describes, or every problem of its fields at once. */
    Outcome<KeyQuestionDraft> draft(FieldChecks checks) {
        if (checks.required(QUESTION, question, "Enter the question, as a person would ask it")) {
            checks.check(QUESTION, "The question", () -> KeyQuestion.question(question));
        }
        if (checks.required(ANSWER, answer, "Enter the answer to the question")) {
            checks.check(ANSWER, "The answer", () -> KeyQuestion.answer(answer));
        }
        return checks.outcome(() -> new KeyQuestionDraft(question, answer), WORDED);
    }

    /** The version a revision must quote. */
    long version(FieldChecks checks) {
        return checks.version(VERSION, version, "key question");
    }
}
