package org.bettercaretogether.web.feedback;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.PublishedPage;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.Paging;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.ViewCard;
import org.bettercaretogether.web.platform.ScorecardSummary;

/**
 * What anyone may read of the views, as a page:
 * {@code GET /views[?community=kendal|workstream=elective-care][&cursor=...]}, "What people have told us", the
 * published views newest first, twenty to a page, with the programme's listening scorecard. The API answers the same
 * in JSON ({@link FeedbackApiRoutes}). A community or workstream that does not exist is 404; a malformed slug is 400;
 * a cursor this service did not give is refused by the use case (422).
 */
record PublishedRoutes(ReadPublishedFeedback published, BrowseDirectory directory) implements Routes {

    static final int PAGE_SIZE = 20;
    private static final String TEMPLATE = "feedback/views.jte";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ViewsPage.PAGE, this::page);
    }

    private void page(Context ctx) {
        Filter filter = filter(ctx);
        Optional<String> cursor = Paging.cursor(ctx).map(String::strip);
        PublishedPage page = published.published(filter.about(), cursor, PAGE_SIZE).orElseThrow();
        String first = ViewsPage.PAGE + (filter.query().isEmpty() ? "" : "?" + filter.query());
        List<Choice> communities = directory.communities().stream()
                .map(p -> new Choice(p.community().slug().value(), p.community().name())).toList();
        ctx.render(TEMPLATE, Map.of("views", new ViewsPage(filter.name(), parameter(ctx, ViewsPage.COMMUNITY),
                communities, page.items().stream().map(ViewCard::of).toList(),
                ScorecardSummary.of(published.programmeScorecard()), filter.shareHref(),
                Paging.next(first, page.next()), Paging.first(first, cursor))));
    }

    /**
     * Which views the page shows: about a community or a workstream, or all.
     *
     * @param name  the community's or workstream's name, or null for all
     * @param query the query that keeps the filter from page to page, or empty
     */
    private record Filter(Optional<ViewAbout> about, String name, String query, String shareHref) {
    }

    private Filter filter(Context ctx) {
        String community = parameter(ctx, ViewsPage.COMMUNITY);
        String workstream = parameter(ctx, ViewsPage.WORKSTREAM);
        if (!community.isEmpty()) {
            Slug slug = new Slug(community);
            return new Filter(Optional.of(ViewAbout.community(slug)),
                    directory.community(slug).orElseThrow().community().name(), ViewsPage.COMMUNITY + "=" + slug,
                    ShareRoutes.PAGE + "?about=community&slug=" + slug);
        }
        if (!workstream.isEmpty()) {
            Slug slug = new Slug(workstream);
            return new Filter(Optional.of(ViewAbout.workstream(slug)),
                    directory.workstream(slug).orElseThrow().workstream().name(), ViewsPage.WORKSTREAM + "=" + slug,
                    ShareRoutes.PAGE + "?about=workstream&slug=" + slug);
        }
        return new Filter(Optional.empty(), null, "", ShareRoutes.PAGE);
    }

    static String parameter(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }
}
