package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.consultation.ResponseConsent;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.HttpProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole response as it is sent, the body of {@code POST /api/v1/consultations/{slug}/responses}: each answer names
 * its question and gives its values (the option codes chosen, or one text); {@code publishFreeText} says whether the
 * free-text answers may be published once moderated (no when absent), {@code email} is an optional address for updates.
 *
 * <pre>{@code
 * {"answers": [{"question": "support", "values": ["agree"]},
 *              {"question": "matters", "values": ["travel", "waiting"]},
 *              {"question": "comments", "values": ["Closer to home, please."]}],
 *  "publishFreeText": true, "email": "resident@example.org"}
 * }</pre>
 */
public record ResponseRequest(List<AnswerRequest> answers, Boolean publishFreeText, String email) {

    /** The members a response may have. */
    static final List<String> MEMBERS = List.of("answers", "publishFreeText", "email");

    /**
     * What the person chose beside their answers: consent to publish their free text (no unless {@code true}) and an
     * address for updates; a 400 naming {@code email} when it is not an address.
     */
    ResponseConsent consent() {
        Optional<EmailAddress> address = Optional.ofNullable(email).filter(given -> !given.isBlank()).map(given -> {
            try {
                return new EmailAddress(given);
            } catch (InvalidValueException notAnAddress) {
                throw HttpProblem.invalidFields(List.of(new FieldError("email",
                        "Enter an email address in the right format, like name@example.com")));
            }
        });
        return new ResponseConsent(Boolean.TRUE.equals(publishFreeText), address);
    }

    public record AnswerRequest(String question, List<String> values) {
    }

    /** The answers, or a 400 naming every answer that is malformed (no question, a question id of the wrong form, no values). */
    List<Answer> toAnswers() {
        if (answers == null) {
            throw HttpProblem.invalidFields(List.of(new FieldError("answers", "Give the answers, as a list")));
        }
        List<FieldError> errors = new ArrayList<>();
        List<Answer> given = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerRequest answer = answers.get(i);
            String field = "answers[" + i + "]";
            if (answer == null || answer.question() == null || answer.values() == null
                    || answer.values().stream().anyMatch(value -> value == null)) {
                errors.add(new FieldError(field, "Give each answer a question and a list of values"));
                continue;
            }
            try {
                given.add(new Answer(new QuestionId(answer.question()), answer.values()));
            } catch (IllegalArgumentException malformed) {
                errors.add(new FieldError(field, "The question must be a question's id, such as support"));
            }
        }
        if (!errors.isEmpty()) {
            throw HttpProblem.invalidFields(errors);
        }
        return given;
    }
}
