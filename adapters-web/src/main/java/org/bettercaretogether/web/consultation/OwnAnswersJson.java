package org.bettercaretogether.web.consultation;

import org.bettercaretogether.domain.consultation.Response;

import java.time.Instant;
import java.util.List;

/** The answers one person gave, shown to whoever holds the private link given when they were kept. */
public record OwnAnswersJson(String response, Instant receivedAt, List<AnswerJson> answers, boolean publishFreeText) {

    public record AnswerJson(String question, List<String> values) {
    }

    static OwnAnswersJson of(Response response) {
        return new OwnAnswersJson(response.id().toString(), response.receivedAt(), response.answers().stream()
                .map(answer -> new AnswerJson(answer.question().value(), answer.values())).toList(),
                response.publishFreeText());
    }
}
