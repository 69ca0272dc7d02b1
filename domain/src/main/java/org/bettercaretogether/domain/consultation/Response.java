package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.shared.Require;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The answers one person gave to a consultation at once, each fitting its question, with what they said about
 * themselves picked out (their respondent type and community) so that results can be counted by them. Made only by
 * {@link Consultation#answer}, while the consultation is open.
 */
public record Response(ResponseId id, ConsultationId consultation, Instant receivedAt, List<Answer> answers,
                       Optional<ContributorRole> respondentType, Optional<CommunityId> community) {

    public Response {
        Require.present(id, "responseId");
        Require.present(consultation, "consultation");
        Require.present(receivedAt, "receivedAt");
        answers = Require.listOf(answers, "answers");
        Require.present(respondentType, "respondentType");
        Require.present(community, "community");
    }

    /** The answer given to {@code question}, if any. */
    public Optional<Answer> answerTo(QuestionId question) {
        return answers.stream().filter(answer -> answer.question().equals(question)).findFirst();
    }
}
