package org.bettercaretogether.web.priority;

import io.javalin.config.RoutesConfig;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.web.platform.Routes;

/**
 * Local priorities and integrated teams across the programme in the public API, as on the pages
 * ({@link PriorityRoutes}): {@code GET /api/v1/priorities/comparison}, every community's priorities side by side, by
 * theme ({@link PublicComparison}); {@code GET /api/v1/teams/totals}, the integrated teams added up
 * ({@link PublicTotals}).
 */
record PriorityApiRoutes(ReadPriorities priorities, ReadTeams teams, BrowseDirectory directory) implements Routes {

    static final String COMPARISON = "/api/v1/priorities/comparison";
    static final String TOTALS = "/api/v1/teams/totals";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(COMPARISON, ctx -> ctx.json(PublicComparison.of(priorities.comparison())));
        routes.get(TOTALS, ctx -> ctx.json(PublicTotals.of(teams, directory)));
    }
}
