package org.bettercaretogether.web.change;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.RenderedAnswers;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;

/**
 * What anyone may read of the changes made, as pages: {@code GET /you-said-we-did}, every change of the programme;
 * {@code GET /communities/{slug}/you-said-we-did}, one Integrated Care Community's; and
 * {@code GET /workstreams/{slug}/you-said-we-did}, one workstream's. The public API answers the same in JSON
 * ({@link YouSaidWeDidApiRoutes}).
 * Made changes come first, then those in progress, then those planned, as {@link YouSaidWeDid} orders them. An
 * unknown community or workstream is a 404.
 */
final class YouSaidWeDidRoutes implements Routes {

    static final String PAGE = "/you-said-we-did";
    private static final String TEMPLATE = "change/you-said-we-did.jte";

    private final YouSaidWeDid youSaidWeDid;
    private final BrowseDirectory directory;
    private final RenderedAnswers answers = new RenderedAnswers();

    YouSaidWeDidRoutes(YouSaidWeDid youSaidWeDid, BrowseDirectory directory) {
        this.youSaidWeDid = youSaidWeDid;
        this.directory = directory;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, this::programmePage);
        routes.get("/communities/{slug}" + PAGE, this::communityPage);
        routes.get("/workstreams/{slug}" + PAGE, this::workstreamPage);
    }

    private void programmePage(Context ctx) {
        List<ChangeSummary> changes = youSaidWeDid.programme();
        render(ctx, null, null, changes, List.of(changes));
    }

    private void communityPage(Context ctx) {
        Slug slug = slug(ctx);
        List<ChangeSummary> changes = youSaidWeDid.community(slug).orElseThrow();
        var community = directory.community(slug).orElseThrow().community();
        render(ctx, community.name(), "/communities/" + slug, changes, List.of(changes, community));
    }

    private void workstreamPage(Context ctx) {
        Slug slug = slug(ctx);
        List<ChangeSummary> changes = youSaidWeDid.workstream(slug).orElseThrow();
        var workstream = directory.workstream(slug).orElseThrow().workstream();
        render(ctx, workstream.name(), "/workstreams/" + slug, changes, List.of(changes, workstream));
    }

    /** Renders the page once for each version of what it shows: {@code shown}, the objects the page is made of. */
    private void render(Context ctx, String place, String placeHref, List<ChangeSummary> changes, List<?> shown) {
        answers.page(ctx, TEMPLATE, shown, () -> Map.of("changes", new YouSaidWeDidPage(place, placeHref,
                changes.stream().map(YouSaidWeDidPage::card).toList())));
    }

    static Slug slug(Context ctx) {
        return Requests.slug(ctx);
    }
}
