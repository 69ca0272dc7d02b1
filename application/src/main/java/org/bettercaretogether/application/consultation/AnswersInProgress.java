package org.bettercaretogether.application.consultation;

import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.shared.Require;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The answers people are giving on the web, one question a page, kept between pages until they send them: each set
 * known only by the hash of the random token its browser holds, and kept for a day after its last change. Never
 * public, and holding nothing but what the person chose or typed.
 */
public interface AnswersInProgress {

    /** The answers kept under {@code tokenHash}, unless they expired by {@code now}. */
    Optional<UnsentAnswers> find(String tokenHash, Instant now);

    /** Keeps {@code answers}, in place of any kept under the same token hash. */
    void keep(UnsentAnswers answers);

    /** Removes the answers kept under {@code tokenHash}, if any. */
    void remove(String tokenHash);

    /**
     * The answers given so far to one consultation, under the hash of their browser's token, until {@code expiresAt};
     * at most one answer to a question, in the order the consultation asks them.
     */
    record UnsentAnswers(String tokenHash, ConsultationId consultation, List<Answer> answers, Instant expiresAt) {

        public UnsentAnswers {
            Require.present(tokenHash, "tokenHash");
            Require.present(consultation, "consultation");
            answers = Require.listOf(answers, "answers");
            Require.present(expiresAt, "expiresAt");
        }

        @Override
        public String toString() {
            return "UnsentAnswers[" + consultation + ", " + answers.size() + " answers, until " + expiresAt + "]";
        }
    }
}
