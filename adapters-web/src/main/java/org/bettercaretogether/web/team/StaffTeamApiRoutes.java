package org.bettercaretogether.web.team;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.team.ManageTeams;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.application.team.TeamSummary;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffApi;

import static org.bettercaretogether.web.team.StaffTeamRoutes.slug;

/**
 * Engagement officers and administrators describe each community's integrated team in the staff API, as on its page
 * ({@link StaffTeamRoutes}): {@code GET/PUT /api/v1/staff/communities/{slug}/team}. The team is replaced whole,
 * quoting the version it was read at: a team changed meanwhile by someone else is refused with 409 rather than
 * overwritten. {@link ManageTeams} decides who may, and refuses professions and employers it does not know, a
 * profession given twice for one employer, and a day in the future.
 */
record StaffTeamApiRoutes(ManageTeams teams, ReadTeams read) implements Routes {

    private static final String COMMUNITY_API = StaffAddresses.API + "/communities";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(COMMUNITY_API + "/{slug}/team", this::one);
        routes.put(COMMUNITY_API + "/{slug}/team", this::describeFromJson);
    }

    private void one(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        ctx.json(StaffTeamJson.of(read.team(slug(ctx)).orElseThrow()));
    }

    private void describeFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        Slug slug = slug(ctx);
        TeamSummary saved = StaffApi.changed(ctx, StaffTeamBody.class,
                rejection -> StaffTeamForm.inRows(rejection, List.of(), StaffTeamBody.AS_OF), (body, checks) -> {
                    long version = body.version(checks);
                    return body.draft(checks).flatMap(team -> teams.describe(actor, slug, version, team));
                });
        ctx.json(StaffTeamJson.of(saved));
    }
}
