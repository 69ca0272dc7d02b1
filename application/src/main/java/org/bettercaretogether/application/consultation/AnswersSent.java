package org.bettercaretogether.application.consultation;

import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.Response;

/** One's own response, shown by its private link beside the consultation it answered, whose questions it names. */
public record AnswersSent(Consultation consultation, Response response) {
}
