package org.bettercaretogether.web.search;

import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;

import java.util.List;

/**
 * The model of {@code /search}: the form as it was sent (its errors, if any), and the results when words were given.
 *
 * @param searched   true when words were given and the search ran
 * @param narrowed   true when more matched than were ranked: the results are the best of the newest matches
 * @param nextHref   the next page of results, or null on the last
 * @param firstHref  the first page, or null on the first
 */
public record SearchPage(SearchParameters query, String kind, FormErrors errors, List<Choice> kinds,
                         List<Choice> communities, List<Choice> themes, List<Choice> respondents, boolean searched,
                         List<FoundRecord> results, boolean narrowed, String nextHref, String firstHref) {

    public static final String PAGE = "/search";
    public static final String HEADING = "Search";

    public SearchPage {
        kinds = List.copyOf(kinds);
        communities = List.copyOf(communities);
        themes = List.copyOf(themes);
        respondents = List.copyOf(respondents);
        results = List.copyOf(results);
    }

    /** Whether the form narrows the results (or has an error), so that its narrowing fields are shown open. */
    public boolean narrowing() {
        return !errors.isEmpty() || !query.kinds().isEmpty() || !query.community().isEmpty()
                || !query.theme().isEmpty() || !query.respondent().isEmpty() || !query.from().isEmpty()
                || !query.to().isEmpty();
    }

    public String title() {
        if (!errors.isEmpty()) {
            return "Error: " + HEADING;
        }
        return query.q().isEmpty() ? HEADING : HEADING + ": " + query.q();
    }
}
