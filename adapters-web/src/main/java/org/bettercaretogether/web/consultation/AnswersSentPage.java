package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.consultation.AnswersSent;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.web.platform.Formats;

import java.util.List;
import java.util.function.Function;

/**
 * The model of one's own answers to a consultation, at their private link ({@code /consultation-responses/{token}}):
 * with the confirmation that they were received when the form has just sent them, the link to keep, every question
 * with the answer given, and what the person said about publishing their written answers.
 */
public record AnswersSentPage(boolean received, String consultation, String consultationHref, String receivedAt,
                              String link, List<AnswerShown> answers, String consent) {

    public static final String RECEIVED_HEADING = "Response sent";

    public AnswersSentPage {
        answers = List.copyOf(answers);
    }

    static AnswersSentPage of(AnswersSent sent, boolean received, String link,
                              Function<AboutYouTopic, List<Option>> aboutYou) {
        return new AnswersSentPage(received, sent.consultation().title(),
                ConsultationPage.href(sent.consultation().slug().value()),
                Formats.dateTime(sent.response().receivedAt()), link,
                sent.consultation().questions().stream()
                        .map(question -> AnswerShown.of(question, sent.response().answers(), aboutYou, null))
                        .toList(),
                sent.response().publishFreeText()
                        ? "You agreed that your written answers may be published, once a moderator has read them and "
                        + "taken out anything that could identify you."
                        : "You did not agree to your written answers being published: they are read by staff and "
                        + "never published.");
    }

    public String title() {
        return received ? RECEIVED_HEADING : "Your answers to " + consultation;
    }
}
