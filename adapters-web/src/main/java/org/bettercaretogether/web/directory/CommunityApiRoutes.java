package org.bettercaretogether.web.directory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;

import static org.bettercaretogether.web.directory.CommunityRoutes.current;

/**
 * The Integrated Care Communities in the public API, as on their pages ({@link CommunityRoutes}): under
 * {@code /api/v1/communities}, the list, one community, and its {@code priorities}, {@code team} and
 * {@code history}. A community's former address answers {@code 301 Moved Permanently} to the same resource at its
 * current address, as the pages do.
 */
record CommunityApiRoutes(BrowseDirectory directory, ReadPriorities priorities, ReadTeams teams,
                          ShapeCommunities shaping) implements Routes {

    @Override
    public void register(RoutesConfig routes) {
        routes.get(CommunityDetails.API, this::list);
        routes.get(CommunityDetails.API + "/{slug}", this::one);
        routes.get(CommunityDetails.API + "/{slug}/priorities", this::priorities);
        routes.get(CommunityDetails.API + "/{slug}/team", this::team);
        routes.get(CommunityDetails.API + "/{slug}/history", this::history);
    }

    private void list(Context ctx) {
        ctx.json(Items.of(directory.communities(), CommunityDetails::of));
    }

    private void one(Context ctx) {
        current(shaping, ctx, CommunityDetails.API, "").ifPresent(slug ->
                ctx.json(CommunityDetails.of(directory.community(slug).orElseThrow())));
    }

    private void priorities(Context ctx) {
        current(shaping, ctx, CommunityDetails.API, "/priorities").ifPresent(slug -> ctx.json(Items.of(
                priorities.ofCommunity(slug).orElseThrow(), PublicPriority::of)));
    }

    private void team(Context ctx) {
        current(shaping, ctx, CommunityDetails.API, "/team").ifPresent(slug ->
                ctx.json(PublicTeam.of(teams.team(slug).orElseThrow())));
    }

    private void history(Context ctx) {
        current(shaping, ctx, CommunityDetails.API, "/history").ifPresent(slug ->
                ctx.json(CommunityHistoryJson.of(shaping.story(slug).orElseThrow())));
    }
}
