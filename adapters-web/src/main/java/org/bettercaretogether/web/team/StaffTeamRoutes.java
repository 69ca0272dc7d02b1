package org.bettercaretogether.web.team;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.team.ManageTeams;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.application.team.TeamSummary;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.StaffRejections;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.StaffDates;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffForms;

/**
 * Engagement officers and administrators describe each community's integrated team, as a page:
 * {@code GET/POST /staff/communities/{slug}/team}, the team editor — every line of the team, with blank rows to add
 * lines (a row left blank is ignored), and the day the figures describe. The staff API does the same in JSON
 * ({@link StaffTeamApiRoutes}).
 * The team is replaced whole, quoting the version it was read at: a team changed meanwhile by someone else is refused
 * with 409 rather than overwritten. {@link ManageTeams} decides who may, and refuses professions and employers it does
 * not know, a profession given twice for one employer, and a day in the future.
 */
public record StaffTeamRoutes(ManageTeams teams, ReadTeams read, BrowseDirectory directory,
                              Clock clock) implements Routes {

    static final String COMMUNITY_PAGES = StaffAddresses.PAGES + "/communities";
    private static final String SAVED = "saved";

    /** The team editor of the community at {@code slug}. */
    public static String pageOf(String slug) {
        return COMMUNITY_PAGES + "/" + slug + "/team";
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(COMMUNITY_PAGES + "/{slug}/team", this::page);
        routes.post(COMMUNITY_PAGES + "/{slug}/team", this::describe);
    }

    private void page(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        TeamSummary team = read.team(slug(ctx)).orElseThrow();
        render(ctx, team, StaffTeamForm.of(team, StaffDates.today(clock)), FormErrors.none());
    }

    private void describe(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        Slug slug = slug(ctx);
        StaffTeamForm form = StaffTeamForm.read(ctx);
        long version = StaffRejections.version(form.version());
        List<Integer> rowOfRole = new ArrayList<>();
        StaffForms.answer(ctx, checks -> form.draft(checks, rowOfRole)
                        .flatMap(team -> teams.describe(actor, slug, version, team)),
                saved -> pageOf(saved.communitySlug()) + "?" + SAVED + "=team",
                refused -> render(ctx, read.team(slug).orElseThrow(), form, StaffTeamForm.errors(refused, rowOfRole)));
    }

    private void render(Context ctx, TeamSummary team, StaffTeamForm form, FormErrors errors) {
        Set<String> onRows = form.lines().stream().map(StaffTeamForm.Line::profession).collect(Collectors.toSet());
        List<Choice> professions = read.professions().stream()
                .filter(profession -> profession.inUse() || onRows.contains(profession.id().toString()))
                .map(profession -> new Choice(profession.id().toString(),
                        profession.inUse() ? profession.name() : profession.name() + " (no longer in use)")).toList();
        List<Choice> employers = directory.partners().stream()
                .map(partner -> new Choice(partner.id().toString(), partner.name())).toList();
        List<StaffTeamPage.Row> rows = team.lines().stream().map(line -> new StaffTeamPage.Row(line.profession(),
                line.employer(), line.headcount().map(String::valueOf).orElse("Not given"),
                line.wholeTimeEquivalents().map(BigDecimal::toPlainString).orElse("Not given"))).toList();
        ctx.render("staff-life/team.jte", Map.of("team", new StaffTeamPage(team.community(), team.communitySlug(),
                rows, Integer.toString(team.totalHeadcount()),
                team.totalWholeTimeEquivalents().stripTrailingZeros().toPlainString(),
                team.asOf().map(Formats::date).orElse(null), form, professions, employers, errors,
                "team".equals(ctx.queryParam(SAVED)) ? "The team has been saved." : null)));
    }

    // --- reading ---

    static Slug slug(Context ctx) {
        return Requests.slug(ctx);
    }
}
