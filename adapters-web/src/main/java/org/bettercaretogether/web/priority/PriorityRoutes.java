package org.bettercaretogether.web.priority;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.web.platform.Routes;

/**
 * Local priorities and integrated teams across the programme, as pages: {@code GET /priorities}, every community's
 * priorities side by side, by theme; {@code GET /integrated-teams}, the integrated teams added up, saying how many of
 * the directory's communities (merged ones left out) the figures cover. The public API answers the same in JSON
 * ({@link PriorityApiRoutes}).
 */
record PriorityRoutes(ReadPriorities priorities, ReadTeams teams, BrowseDirectory directory) implements Routes {

    static final String COMPARISON = "/priorities";
    static final String TOTALS = "/integrated-teams";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(COMPARISON, this::comparison);
        routes.get(TOTALS, this::totals);
    }

    private void comparison(Context ctx) {
        ctx.render("priority/comparison.jte", Map.of("comparison", ComparisonPage.of(priorities.comparison())));
    }

    private void totals(Context ctx) {
        ctx.render("priority/totals.jte", Map.of("totals", TotalsPage.of(PublicTotals.of(teams, directory))));
    }
}
