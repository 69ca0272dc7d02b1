package org.bettercaretogether.web.keyquestion;

import io.javalin.http.Context;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;

/**
 * The values of the key question forms ({@code /staff/key-questions/new} and {@code /staff/key-questions/{id}}) as the
 * person sees them: filled from the question, or as typed when shown again with errors. Field ids are the staff API's
 * member names.
 */
public record KeyQuestionForm(String version, String question, String answer) {

    static KeyQuestionForm empty() {
        return new KeyQuestionForm("", "", "");
    }

    static KeyQuestionForm of(KeyQuestion question) {
        return new KeyQuestionForm(Long.toString(question.version()), question.question(), question.answer());
    }

    static KeyQuestionForm read(Context ctx) {
        return new KeyQuestionForm(Requests.field(ctx, KeyQuestionBody.VERSION),
                Requests.field(ctx, KeyQuestionBody.QUESTION), Requests.field(ctx, KeyQuestionBody.ANSWER));
    }

    /** The body this form stands for; the version is the one the page was read at ({@code null} on a new one). */
    KeyQuestionBody body(Long readAt) {
        return new KeyQuestionBody(readAt, question, answer);
    }

    /** The errors of {@code rejection} against the form's fields, in page order; a conflict is an error of the version. */
    static FormErrors errors(Rejection rejection) {
        return FormErrors.onFields(rejection, KeyQuestionBody.VERSION).inOrder(KeyQuestionBody.FIELDS);
    }
}
