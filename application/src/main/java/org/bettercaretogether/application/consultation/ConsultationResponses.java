package org.bettercaretogether.application.consultation;

import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.Response;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The responses given to consultations, and their counts. */
public interface ConsultationResponses {

    /** Stores a response with the hash of the private link that shows it to the person who gave it. */
    void add(Response response, String tokenHash);

    /** How many responses the consultation has. */
    long count(ConsultationId consultation);

    /** How many responses the consultation received from {@code from} (included) to {@code until} (excluded). */
    long countReceived(ConsultationId consultation, Instant from, Instant until);

    /** The response whose private link hashes to {@code tokenHash}, if any. */
    Optional<Response> findByTokenHash(String tokenHash);

    /**
     * Every count the results of a consultation are made of, counted by the store: for each question, how many responses
     * answered it and how many chose each option (free text and postcode districts are not counted by option), overall,
     * by respondent type and by community. Counts of zero are not listed.
     */
    List<Tally> tallies(ConsultationId consultation);

    /** How the responses a tally counts are grouped, beside the question (and option). */
    enum Breakdown { OVERALL, RESPONDENT_TYPE, COMMUNITY }

    /**
     * One count: of the responses that answered {@code question} (with no {@code option}) or chose {@code option},
     * among all ({@link Breakdown#OVERALL}), or among those of one respondent type or community ({@code group}: the
     * type's code, or the community's id; empty for those who did not say, and for the overall counts).
     */
    record Tally(QuestionId question, Optional<String> option, Breakdown breakdown, Optional<String> group, long count) {

        public Tally {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(option, "option");
            Objects.requireNonNull(breakdown, "breakdown");
            Objects.requireNonNull(group, "group");
        }
    }
}
