package org.bettercaretogether.application.consultation;

import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.shared.Require;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A response that reached the programme other than online — on a paper form, in a letter, by phone, at a meeting —
 * as staff enter it: the answers, whether the person agreed their free-text answers may be published, how it came
 * ({@code channel}), the day it was received and the event or batch it came with. Who entered it is the member of
 * staff entering it.
 */
public record PaperResponse(List<Answer> answers, boolean publishFreeText, Channel channel, LocalDate receivedOn,
                            Optional<String> eventOrBatch) {

    public PaperResponse {
        answers = Require.listOf(answers, "answers");
        Require.present(channel, "channel");
        Require.present(receivedOn, "receivedOn");
        eventOrBatch = Require.present(eventOrBatch, "eventOrBatch").map(e -> Require.text(e, "eventOrBatch", 200));
    }
}
