package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.shared.Require;

/** Why an answer does not fit its question, in words a form can show beside that question. */
public record AnswerProblem(QuestionId question, String message) {

    public AnswerProblem {
        Require.present(question, "question");
        Require.present(message, "message");
    }
}
