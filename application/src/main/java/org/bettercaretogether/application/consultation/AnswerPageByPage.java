package org.bettercaretogether.application.consultation;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.shared.Slug;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Anyone answers an open consultation one question at a time, without an account: each answer is checked as it is
 * given and kept server-side under a random token the browser holds, until the person checks them all and sends them
 * as one response ({@link AnswerConsultation}). Answers kept for another consultation, or past their day, are not
 * used.
 */
public interface AnswerPageByPage {

    /** How long answers are kept after their last change, if not sent. */
    Duration KEPT_FOR = Duration.ofHours(24);

    /** The answers given so far under {@code token} to the consultation at {@code consultation}; none without them. */
    Outcome<List<Answer>> answersSoFar(Slug consultation, Optional<String> token);

    /**
     * Keeps {@code answer} (in place of an earlier answer to its question; an answer with no values withdraws an
     * optional one) and gives the token they are kept under: {@code token}'s own, or a new one when there was none
     * for this consultation. Refused as invalid input (the field is the question's id, the message the
     * consultation's rule) when the answer does not fit its question, and as a conflict naming the opening or closing
     * moment when the consultation is not open.
     */
    Outcome<String> answer(Slug consultation, Optional<String> token, Answer answer);

    /**
     * Sends the answers kept under {@code token} as one response, at most once however often it is asked (the key is
     * the token's), and no longer keeps them. Refused as {@link AnswerConsultation#respond} refuses (the answers are
     * then still kept), and as a conflict when there are no answers to send.
     */
    default Outcome<ResponseReceipt> send(Slug consultation, Optional<String> token) {
        return send(consultation, token, ResponseConsent.none());
    }

    /** As {@link #send(Slug, Optional)}, with what the person chose on "Check your answers" beside their answers. */
    Outcome<ResponseReceipt> send(Slug consultation, Optional<String> token, ResponseConsent consent);

    /** The response whose private link's token is {@code token}, with the consultation it answered. */
    Outcome<AnswersSent> answersSent(String token);
}
