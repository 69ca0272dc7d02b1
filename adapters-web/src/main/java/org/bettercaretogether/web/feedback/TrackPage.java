package org.bettercaretogether.web.feedback;

import java.util.List;
import org.bettercaretogether.application.feedback.TrackedView;
import org.bettercaretogether.domain.feedback.FeedbackStatus;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.ViewCard;

/**
 * The model of a view's private tracking page: where the view stands and what happened to it, with dates in UK
 * time; on arrival from the form ({@code received}) it also confirms the view was received.
 *
 * @param link            the whole private link, to keep
 * @param publicText      the published words, a paragraph per line; empty until published
 * @param withheldBecause why it was not published, or null
 * @param answer          the partner organisation's answer, or null
 * @param answerDueOn     the day an answer is due while one is awaited, or null
 */
public record TrackPage(boolean received, String link, String reference, String status, String statusColour,
                        String receivedOn, String about, List<String> publicText, String withheldBecause,
                        ViewCard.Answer answer, String answerDueOn, List<Step> steps) {

    public static final String HEADING = "Track your view";
    public static final String RECEIVED_HEADING = "View received";

    public TrackPage {
        publicText = List.copyOf(publicText);
        steps = List.copyOf(steps);
    }

    /** One thing that happened to the view, and when. */
    public record Step(String when, String what) {
    }

    static TrackPage of(TrackedView view, boolean received, String link) {
        return new TrackPage(received, link, view.reference().value(), view.status().title(), colour(view.status()),
                Formats.date(view.receivedOn()), view.about(),
                view.publicText().map(ViewCard::paragraphs).orElse(List.of()), view.withheldBecause().orElse(null),
                view.answer().map(ViewCard.Answer::of).orElse(null),
                view.answerDueOn().map(Formats::date).orElse(null),
                view.steps().stream().map(step -> new Step(Formats.dateTime(step.at()), step.what())).toList());
    }

    public String title() {
        return received ? RECEIVED_HEADING : HEADING;
    }

    /** The GOV.UK tag colour of a status: blue while waiting, green once public or answered, grey when it ends. */
    private static String colour(FeedbackStatus status) {
        return switch (status) {
            case RECEIVED -> "govuk-tag--blue";
            case PUBLISHED -> "govuk-tag--green";
            case WITHHELD -> "govuk-tag--orange";
            case RESPONDED -> "govuk-tag--turquoise";
            case CLOSED -> "govuk-tag--grey";
        };
    }

    @Override
    public String toString() {
        return "TrackPage[" + reference + "]";
    }
}
