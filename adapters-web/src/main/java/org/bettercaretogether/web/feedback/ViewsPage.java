package org.bettercaretogether.web.feedback;

import java.util.List;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.ViewCard;
import org.bettercaretogether.web.platform.ScorecardSummary;

/**
 * The model of {@code /views}, "What people have told us": a page of published views, newest first, about one
 * community or workstream when {@code filteredBy} names it, the programme's listening scorecard, and the links to
 * older views and back to the newest.
 *
 * @param filteredBy  the name of the community or workstream the views are about, or null for all views
 * @param community   the slug of the community chosen in the filter, or empty
 * @param communities the communities to filter by
 * @param olderHref   the next page, or null on the last
 * @param newestHref  the first page, or null on the first
 */
public record ViewsPage(String filteredBy, String community, List<Choice> communities, List<ViewCard> views,
                        ScorecardSummary scorecard, String shareHref, String olderHref, String newestHref) {

    public static final String PAGE = "/views";
    public static final String HEADING = "What people have told us";
    static final String COMMUNITY = "community";
    static final String WORKSTREAM = "workstream";

    public ViewsPage {
        communities = List.copyOf(communities);
        views = List.copyOf(views);
    }

    public String title() {
        return filteredBy == null ? HEADING : HEADING + " about " + filteredBy;
    }
}
