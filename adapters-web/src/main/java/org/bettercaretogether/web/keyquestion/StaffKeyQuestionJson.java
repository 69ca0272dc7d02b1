package org.bettercaretogether.web.keyquestion;

import java.time.Instant;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;

/**
 * A key question as the staff API answers it: what the public API gives, and when it last changed and the
 * {@code version} a change to it must quote.
 */
public record StaffKeyQuestionJson(String id, int position, String question, String answer, Instant changedAt,
                                   long version) {

    static StaffKeyQuestionJson of(KeyQuestion question) {
        return new StaffKeyQuestionJson(question.id().toString(), question.position(), question.question(),
                question.answer(), question.changedAt(), question.version());
    }
}
