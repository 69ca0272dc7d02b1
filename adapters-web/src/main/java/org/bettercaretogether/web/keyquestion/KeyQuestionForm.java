package org.bettercaretogether.web.keyquestion;

import io.javalin.http.Context;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.web.platform.FieldChecks;
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

    /** The body the form stands for; on a revision, the version the page was read at is checked here. */
    KeyQuestionBody body(FieldChecks checks, boolean revising) {
        Long read = null;
        if (revising) {
            if (version.matches("[0-9]{1,18}")) {
                read = Long.parseLong(version);
            } else {
                checks.add(KeyQuestionBody.VERSION, "The form has no valid version of the key question: reload the "
                        + "page and make your change again");
            }
        }
        return new KeyQuestionBody(read, question, answer);
    }

    /** The errors of {@code rejection} against the form's fields, in page order; a conflict is an error of the version. */
    static FormErrors errors(Rejection rejection) {
        return FormErrors.onFields(rejection, KeyQuestionBody.VERSION).inOrder(KeyQuestionBody.FIELDS);
    }
}
