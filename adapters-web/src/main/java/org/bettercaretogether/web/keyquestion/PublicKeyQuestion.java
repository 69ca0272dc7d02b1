package org.bettercaretogether.web.keyquestion;

import org.bettercaretogether.domain.keyquestion.KeyQuestion;

/**
 * A key question as the public API answers it: its id, the question, the answer in plain text (a blank line between
 * paragraphs) and its place in the list, 1 first.
 */
public record PublicKeyQuestion(String id, String question, String answer, int position) {

    static PublicKeyQuestion of(KeyQuestion question) {
        return new PublicKeyQuestion(question.id().toString(), question.question(), question.answer(),
                question.position());
    }
}
