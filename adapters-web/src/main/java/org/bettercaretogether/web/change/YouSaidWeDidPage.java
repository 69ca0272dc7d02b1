package org.bettercaretogether.web.change;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.feedback.PublishedAnswer;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.YouSaidWeDidLinks;

/**
 * The model of a "you said, we did" page: for the whole programme ({@code place} null) or for one community or
 * workstream, its changes in the public order (made, then in progress, then planned), each as a {@link Card}.
 *
 * @param place     the community's or workstream's name, or null for the programme
 * @param placeHref the public page of that community or workstream, or null
 */
public record YouSaidWeDidPage(String place, String placeHref, List<Card> changes) {

    public static final String HEADING = "You said, we did";

    public YouSaidWeDidPage {
        changes = List.copyOf(changes);
    }

    public String title() {
        return place == null ? HEADING : place + ": " + HEADING.toLowerCase(Locale.UK);
    }

    /** What the page says when there is nothing to show yet. */
    public String empty() {
        return place == null ? "No changes have been recorded yet."
                : "No changes have been recorded for " + place + " yet.";
    }

    /**
     * One change as the page shows it, under its {@code anchor} ({@link YouSaidWeDidLinks#anchor}): dates in words ("12 March 2026"), null where a step is not reached; the
     * description as paragraphs; the published views; and a line counting the views that were not published.
     */
    public record Card(String anchor, String title, List<String> description, String where, String whereHref,
                       String status, String statusClass, String plannedOn, String startedOn, String madeOn,
                       List<String> themes, List<Quote> views, String morePublished, String unpublished,
                       ChangeJson.CameFrom cameFrom) {

        /** Whether any view, published or not, is linked to the change. */
        public boolean hasViews() {
            return !views.isEmpty() || morePublished != null || unpublished != null;
        }
    }

    /** A published view quoted under a change, with the partner's answer when there is one. */
    public record Quote(String reference, String text, String givenAs, String answerBy, String answer,
                        String answeredOn) {
    }

    static Card card(ChangeSummary summary) {
        ChangeMade change = summary.change();
        ChangeJson.Where where = ChangeJson.Where.of(summary);
        List<Quote> quotes = summary.publishedViews().stream().map(view -> new Quote(view.reference().value(),
                view.text(), view.givenAs(),
                view.answer().map(PublishedAnswer::partnerName).orElse(null),
                view.answer().map(PublishedAnswer::text).orElse(null),
                view.answer().map(answer -> Formats.date(answer.answeredOn())).orElse(null))).toList();
        return new Card(YouSaidWeDidLinks.anchor(change.id()), change.title(), paragraphs(change.description()), where.name(), where.page(),
                change.status().title(), tagClass(change.status()), Formats.date(change.plannedOn()),
                change.startedOn().map(Formats::date).orElse(null), change.madeOn().map(Formats::date).orElse(null),
                summary.themeNames(), quotes, morePublished(summary.publishedViewsNotShown()),
                unpublished(summary.unpublishedViewCount(), !quotes.isEmpty()), ChangeJson.CameFrom.of(summary));
    }



    /** The GOV.UK tag colour of a status: grey while planned, blue in progress, green once made. */
    static String tagClass(ChangeStatus status) {
        return switch (status) {
            case PLANNED -> "govuk-tag govuk-tag--grey";
            case IN_PROGRESS -> "govuk-tag govuk-tag--blue";
            case MADE -> "govuk-tag govuk-tag--green";
        };
    }

    /** "and 18 more published views", for those a change's card does not quote. */
    static String morePublished(int count) {
        if (count <= 0) {
            return null;
        }
        return "and " + count + " more published " + (count == 1 ? "view" : "views");
    }

    /** "and 2 other views that were not published", or "1 view that was not published" when none was. */
    static String unpublished(int count, boolean afterPublished) {
        if (count <= 0) {
            return null;
        }
        String views = count + (afterPublished ? " other" : "") + (count == 1 ? " view that was" : " views that were");
        return (afterPublished ? "and " : "") + views + " not published";
    }

    /** Text as paragraphs: a blank line starts a new one. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
