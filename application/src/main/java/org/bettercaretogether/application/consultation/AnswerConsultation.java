package org.bettercaretogether.application.consultation;

import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.Response;
import org.bettercaretogether.domain.shared.Slug;

import java.util.List;
import java.util.Optional;

/**
 * Anyone answers an open consultation, without an account, all their answers at once. With an idempotency key, a
 * retried request (even at the same moment as the first) gets the first one's answer and stores nothing more. Free-text
 * answers are published only with the person's consent, once a moderator has read them ({@link ModerateFreeText}).
 */
public interface AnswerConsultation {

    /**
     * Keeps the answers as one response. Refused as a conflict naming the opening or closing moment when the
     * consultation is not open; refused as invalid input naming each question whose answer does not fit (the field is
     * the question's id).
     */
    default Outcome<ResponseReceipt> respond(Slug consultation, List<Answer> answers, Optional<IdempotencyKey> key) {
        return respond(consultation, answers, ResponseConsent.none(), key);
    }

    /**
     * As {@link #respond(Slug, List, Optional)}, with what the person chose beside their answers: their free-text
     * answers go to moderation if they agreed they may be published, and the address they left for updates is kept
     * apart from the answers. A retry with the same key must choose the same.
     */
    Outcome<ResponseReceipt> respond(Slug consultation, List<Answer> answers, ResponseConsent consent,
                                     Optional<IdempotencyKey> key);

    /** The response whose private link's token is {@code token}. */
    Outcome<Response> ownResponse(String token);
}
