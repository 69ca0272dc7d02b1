package org.bettercaretogether.web.change;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.RenderedAnswers;
import org.bettercaretogether.web.platform.Routes;

/**
 * What anyone may read of the changes made, as pages and in the public API:
 * <ul>
 *   <li>{@code GET /you-said-we-did} and {@code GET /api/v1/changes}: every change of the programme;</li>
 *   <li>{@code GET /communities/{slug}/you-said-we-did} and {@code GET /api/v1/communities/{slug}/changes}: one
 *       Integrated Care Community's;</li>
 *   <li>{@code GET /workstreams/{slug}/you-said-we-did} and {@code GET /api/v1/workstreams/{slug}/changes}: one
 *       workstream's;</li>
 *   <li>{@code GET /api/v1/themes}: the themes in use.</li>
 * </ul>
 * Made changes come first, then those in progress, then those planned, as {@link YouSaidWeDid} orders them. An
 * unknown community or workstream is a 404.
 */
final class YouSaidWeDidRoutes implements Routes {

    static final String PAGE = "/you-said-we-did";
    static final String API = "/api/v1/changes";
    static final String THEMES_API = "/api/v1/themes";
    private static final String TEMPLATE = "change/you-said-we-did.jte";

    private final YouSaidWeDid youSaidWeDid;
    private final ManageThemes themes;
    private final BrowseDirectory directory;
    private final RenderedAnswers answers = new RenderedAnswers();

    YouSaidWeDidRoutes(YouSaidWeDid youSaidWeDid, ManageThemes themes, BrowseDirectory directory) {
        this.youSaidWeDid = youSaidWeDid;
        this.themes = themes;
        this.directory = directory;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, this::programmePage);
        routes.get("/communities/{slug}" + PAGE, this::communityPage);
        routes.get("/workstreams/{slug}" + PAGE, this::workstreamPage);
        routes.get(API, this::programme);
        routes.get("/api/v1/communities/{slug}/changes", this::community);
        routes.get("/api/v1/workstreams/{slug}/changes", this::workstream);
        routes.get(THEMES_API, this::themesInUse);
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

    private void programme(Context ctx) {
        json(ctx, youSaidWeDid.programme());
    }

    private void community(Context ctx) {
        json(ctx, youSaidWeDid.community(slug(ctx)).orElseThrow());
    }

    private void workstream(Context ctx) {
        json(ctx, youSaidWeDid.workstream(slug(ctx)).orElseThrow());
    }

    private void json(Context ctx, List<ChangeSummary> changes) {
        answers.json(ctx, List.of(changes), () -> Items.of(changes.stream().map(ChangeJson::of).toList()));
    }

    private void themesInUse(Context ctx) {
        ctx.json(Items.of(themes.themes().stream().filter(Theme::inUse).map(ThemeJson.Public::of).toList()));
    }

    private static Slug slug(Context ctx) {
        return new Slug(ctx.pathParam("slug"));
    }
}
