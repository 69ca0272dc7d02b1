package org.bettercaretogether.domain.consultation;

import java.util.List;

/**
 * What came of answering a consultation: the response it took, or why it took none — it was not open (with its
 * state and times, so the refusal can name the closing moment), or some answers did not fit their questions.
 */
public sealed interface Answering {

    record Accepted(Response response) implements Answering {
    }

    record NotOpen(ConsultationState state, OpeningTimes times) implements Answering {
    }

    record Invalid(List<AnswerProblem> problems) implements Answering {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
