package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The answers one person gave to a consultation at once, each fitting its question, with what they said about
 * themselves picked out (their respondent type and community) so that results can be counted by them; whether they
 * agreed that their free-text answers may be published once moderated ({@code publishFreeText}, never assumed); and
 * where the response came from ({@code origin}): online, or entered by staff from paper, a call, a meeting. Made only
 * by {@link Consultation#answer} while the consultation is open, or by {@link Consultation#answerOnPaper}.
 */
public record Response(ResponseId id, ConsultationId consultation, Instant receivedAt, List<Answer> answers,
                       Optional<ContributorRole> respondentType, Optional<CommunityId> community,
                       boolean publishFreeText, Origin origin) {

    public Response {
        Require.present(id, "responseId");
        Require.present(consultation, "consultation");
        Require.present(receivedAt, "receivedAt");
        answers = Require.listOf(answers, "answers");
        Require.present(respondentType, "respondentType");
        Require.present(community, "community");
        Require.present(origin, "origin");
        if (origin.meeting().isPresent()) {
            throw new InvalidValueException("meeting", "is not recorded for a consultation response");
        }
    }

    /** Whether the response came in online, given by the person themselves, rather than entered by staff. */
    public boolean online() {
        return origin.channel() == Channel.ONLINE;
    }

    /** The answer given to {@code question}, if any. */
    public Optional<Answer> answerTo(QuestionId question) {
        return answers.stream().filter(answer -> answer.question().equals(question)).findFirst();
    }
}
