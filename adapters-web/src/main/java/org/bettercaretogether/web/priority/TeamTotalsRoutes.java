package org.bettercaretogether.web.priority;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.web.platform.Routes;

/**
 * The integrated teams added up across the programme: {@code GET /integrated-teams} as a page and
 * {@code GET /api/v1/teams/totals} as JSON. The number of communities comes from the directory (merged ones left
 * out), to say how many of them the figures cover.
 */
final class TeamTotalsRoutes implements Routes {

    static final String PAGE = "/integrated-teams";
    static final String API = "/api/v1/teams/totals";

    private final ReadTeams teams;
    private final BrowseDirectory directory;

    TeamTotalsRoutes(ReadTeams teams, BrowseDirectory directory) {
        this.teams = teams;
        this.directory = directory;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, this::page);
        routes.get(API, this::json);
    }

    private void page(Context ctx) {
        ctx.render("priority/totals.jte", Map.of("totals", TotalsPage.of(totals())));
    }

    private void json(Context ctx) {
        ctx.json(totals());
    }

    private PublicTotals totals() {
        return PublicTotals.of(teams.totals(), directory.communities().size());
    }
}
