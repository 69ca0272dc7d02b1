package org.bettercaretogether.web.feedback;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.PublishedPage;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.PublishedItem;
import org.bettercaretogether.web.platform.ViewCard;
import org.bettercaretogether.web.platform.ScorecardSummary;

/**
 * What anyone may read of the views:
 * <ul>
 *   <li>{@code GET /views[?community=kendal|workstream=elective-care][&cursor=...]}: "What people have told us", the
 *       published views newest first, twenty to a page, with the programme's listening scorecard;</li>
 *   <li>{@code GET /api/v1/feedback[?about=community&slug=kendal][&cursor=...][&limit=20]}: the same as JSON
 *       ({@link PublishedList});</li>
 *   <li>{@code GET /api/v1/scorecard} and {@code GET /api/v1/communities/{slug}/scorecard}: the listening scorecards
 *       of the programme and of one community ({@link Scorecard}).</li>
 * </ul>
 * A community or workstream that does not exist is 404; a malformed slug, an unknown {@code about} or a missing
 * {@code slug} is 400; a cursor this service did not give or a limit out of range is refused by the use case (422).
 */
final class PublishedRoutes implements Routes {

    static final String API = ShareRoutes.API;
    static final String SCORECARD_API = "/api/v1/scorecard";
    static final String COMMUNITY_SCORECARD_API = "/api/v1/communities/{slug}/scorecard";
    static final int PAGE_SIZE = 20;
    static final int DEFAULT_LIMIT = 20;
    private static final String TEMPLATE = "feedback/views.jte";

    private final ReadPublishedFeedback published;
    private final BrowseDirectory directory;

    PublishedRoutes(ReadPublishedFeedback published, BrowseDirectory directory) {
        this.published = published;
        this.directory = directory;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ViewsPage.PAGE, this::page);
        routes.get(API, this::list);
        routes.get(SCORECARD_API, this::programmeScorecard);
        routes.get(COMMUNITY_SCORECARD_API, this::communityScorecard);
    }

    private void page(Context ctx) {
        Filter filter = filter(ctx);
        Optional<String> cursor = cursor(ctx);
        PublishedPage page = published.published(filter.about(), cursor, PAGE_SIZE).orElseThrow();
        String first = ViewsPage.PAGE + (filter.query().isEmpty() ? "" : "?" + filter.query());
        String older = page.next().map(next -> first + (filter.query().isEmpty() ? "?" : "&") + ViewsPage.CURSOR
                + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8)).orElse(null);
        List<Choice> communities = directory.communities().stream()
                .map(p -> new Choice(p.community().slug().value(), p.community().name())).toList();
        ctx.render(TEMPLATE, Map.of("views", new ViewsPage(filter.name(), parameter(ctx, ViewsPage.COMMUNITY),
                communities, page.items().stream().map(ViewCard::of).toList(),
                ScorecardSummary.of(published.programmeScorecard()), filter.shareHref(), older,
                cursor.isPresent() ? first : null)));
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

    private void list(Context ctx) {
        int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(DEFAULT_LIMIT);
        PublishedPage page = published.published(about(ctx), cursor(ctx), limit).orElseThrow();
        ctx.json(new PublishedList(page.items().stream().map(PublishedItem::of).toList(), page.next().orElse(null)));
    }

    private void programmeScorecard(Context ctx) {
        ctx.json(Scorecard.of(published.programmeScorecard()));
    }

    private void communityScorecard(Context ctx) {
        ctx.json(Scorecard.of(published.communityScorecard(new Slug(ctx.pathParam("slug"))).orElseThrow()));
    }

    /** The subject {@code about} and {@code slug} name; none when {@code about} is not given. */
    private static Optional<ViewAbout> about(Context ctx) {
        String about = parameter(ctx, "about").toLowerCase(Locale.ROOT);
        String slug = parameter(ctx, "slug");
        if (about.isEmpty()) {
            if (!slug.isEmpty()) {
                throw invalid("about", "Give about (community, workstream or network) with the slug");
            }
            return Optional.empty();
        }
        ViewAbout.Kind kind = Arrays.stream(ViewAbout.Kind.values()).filter(k -> k.key().equals(about)).findFirst()
                .orElseThrow(() -> invalid("about", "About must be one of programme, community, workstream or network"));
        if (kind == ViewAbout.Kind.PROGRAMME) {
            if (!slug.isEmpty()) {
                throw invalid("slug", "Leave out the slug for views about the programme as a whole");
            }
            return Optional.of(ViewAbout.programme());
        }
        if (slug.isEmpty()) {
            throw invalid("slug", "Give the slug of the " + kind.title() + " the views are about");
        }
        return Optional.of(new ViewAbout(kind, Optional.of(new Slug(slug))));
    }

    private static HttpProblem invalid(String field, String message) {
        return HttpProblem.invalidFields(List.of(new FieldError(field, message)));
    }

    private static Optional<String> cursor(Context ctx) {
        return Optional.of(parameter(ctx, ViewsPage.CURSOR)).filter(cursor -> !cursor.isEmpty());
    }

    private static String parameter(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }
}
