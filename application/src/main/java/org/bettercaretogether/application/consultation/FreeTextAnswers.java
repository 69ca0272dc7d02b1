package org.bettercaretogether.application.consultation;

import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.FreeTextAnswer;
import org.bettercaretogether.domain.consultation.FreeTextAnswerId;
import org.bettercaretogether.domain.consultation.QuestionId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The free-text answers given with consent to publish, and their moderation. */
public interface FreeTextAnswers {

    /** How many published answers {@link #published} gives at most for one consultation. */
    int MOST_PUBLISHED = 1_000;

    void addAll(List<FreeTextAnswer> answers);

    Optional<FreeTextAnswer> find(FreeTextAnswerId id);

    /** Stores a moderated answer if its version is the one stored (then one more); empty otherwise. */
    Optional<FreeTextAnswer> update(FreeTextAnswer answer);

    /** The answers of {@code consultation} waiting for a moderator, oldest first, after {@code after}. */
    List<FreeTextAnswer> awaiting(ConsultationId consultation, Optional<Position> after, int limit);

    int countAwaiting(ConsultationId consultation);

    /**
     * The published words of {@code consultation}'s answers, by question in the order they were published, at most
     * {@link #MOST_PUBLISHED}; nothing else of the answer, so nothing says who wrote it.
     */
    List<Published> published(ConsultationId consultation);

    /** Where an answer stands in the moderation queue: when it was received, then its id. */
    record Position(Instant receivedAt, UUID id) {
        public Position {
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(id, "id");
        }
    }

    /** The public text of one published answer to {@code question}. */
    record Published(QuestionId question, String text) {
        public Published {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(text, "text");
        }
    }
}
