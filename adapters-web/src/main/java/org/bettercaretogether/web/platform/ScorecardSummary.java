package org.bettercaretogether.web.platform;

import java.util.Locale;
import org.bettercaretogether.application.feedback.ScorecardReport;
import org.bettercaretogether.domain.feedback.ListeningScorecard;

/**
 * A listening scorecard as a page shows it: its four figures in words, and the twelve months they cover. Where
 * nothing was received there is nothing to count, so the page says so instead of showing "0%".
 *
 * @param scope   "Kendal", or the programme's name for the whole programme
 * @param period  "1 December 2025 to 29 November 2026"
 */
public record ScorecardSummary(String scope, String period, String received, String answered,
                               String medianTimeToAnswer, String linkedToChange, boolean empty) {

    public static ScorecardSummary of(ScorecardReport view) {
        ListeningScorecard card = view.scorecard();
        String period = Formats.date(view.from()) + " to " + Formats.date(view.to());
        if (card.received() == 0) {
            return new ScorecardSummary(view.scope(), period, "No views yet", "No views to answer yet",
                    "No views answered yet", "No views yet", true);
        }
        return new ScorecardSummary(view.scope(), period, views(card.received()),
                card.percentAnswered().orElseThrow() + "% (" + Formats.number(card.answered()) + " of "
                        + Formats.number(card.received()) + ")",
                card.medianDaysToAnswer().map(ScorecardSummary::days).orElse("No views answered yet"),
                card.percentLinkedToChangeMade().orElseThrow() + "% (" + Formats.number(card.linkedToChangeMade())
                        + " of " + Formats.number(card.received()) + ")",
                false);
    }

    private static String views(int count) {
        return Formats.number(count) + (count == 1 ? " view" : " views");
    }

    /** "1 day", "3 days", "4.5 days": a median of an even count may fall between two whole days. */
    public static String days(double days) {
        String number = days == Math.rint(days) ? Formats.number((long) days)
                : String.format(Locale.UK, "%.1f", days);
        return number + (days == 1 ? " day" : " days");
    }
}
