package org.bettercaretogether.application.consultation;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.ResponseId;

/**
 * Staff enter a response that reached the programme on paper, by phone or at a meeting, with where it came from; it
 * counts in the results like any other. Open to those who enter views (moderators, engagement officers,
 * administrators); audited with who entered it.
 */
public interface EnterPaperResponse {

    /**
     * Keeps the response. A response received while the consultation was open may be entered after it closed, until
     * its results are published: then it is refused as a conflict, as before it opens. Refused as invalid input when a
     * day received outside the opening or an answer does not fit its question (the field is the question's id).
     */
    Outcome<ResponseId> enter(Actor actor, ConsultationId consultation, PaperResponse response);

    /** The consultation whose responses are entered, with its questions, for the form staff fill in. */
    Outcome<ConsultationSummary> consultationToEnter(Actor actor, ConsultationId consultation);
}
