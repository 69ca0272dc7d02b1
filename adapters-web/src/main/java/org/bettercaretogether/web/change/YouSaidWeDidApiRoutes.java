package org.bettercaretogether.web.change;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.RenderedAnswers;
import org.bettercaretogether.web.platform.Routes;

import static org.bettercaretogether.web.change.YouSaidWeDidRoutes.slug;

/**
 * What anyone may read of the changes made, in the public API, as on the pages ({@link YouSaidWeDidRoutes}):
 * <ul>
 *   <li>{@code GET /api/v1/changes}: every change of the programme;</li>
 *   <li>{@code GET /api/v1/communities/{slug}/changes}: one Integrated Care Community's;</li>
 *   <li>{@code GET /api/v1/workstreams/{slug}/changes}: one workstream's;</li>
 *   <li>{@code GET /api/v1/themes}: the themes in use.</li>
 * </ul>
 * Made changes come first, then those in progress, then those planned, as {@link YouSaidWeDid} orders them. An
 * unknown community or workstream is a 404. A list of changes is written once for each version of the changes.
 */
final class YouSaidWeDidApiRoutes implements Routes {

    static final String API = "/api/v1/changes";
    static final String THEMES_API = "/api/v1/themes";

    private final YouSaidWeDid youSaidWeDid;
    private final ManageThemes themes;
    private final RenderedAnswers answers = new RenderedAnswers();

    YouSaidWeDidApiRoutes(YouSaidWeDid youSaidWeDid, ManageThemes themes) {
        this.youSaidWeDid = youSaidWeDid;
        this.themes = themes;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::programme);
        routes.get("/api/v1/communities/{slug}/changes", this::community);
        routes.get("/api/v1/workstreams/{slug}/changes", this::workstream);
        routes.get(THEMES_API, this::themesInUse);
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
        answers.json(ctx, List.of(changes), () -> Items.of(changes, ChangeJson::of));
    }

    private void themesInUse(Context ctx) {
        ctx.json(Items.of(themes.themes().stream().filter(Theme::inUse).map(ThemeJson.Public::of).toList()));
    }
}
