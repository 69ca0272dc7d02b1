package org.bettercaretogether.web.project;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.directory.FindCommunityForPlace;
import org.bettercaretogether.application.project.BrowseProjects;
import org.bettercaretogether.application.project.ProjectEntry;
import org.bettercaretogether.application.project.ReportProject;
import org.bettercaretogether.application.project.SuggestProject;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.PageRequest;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.project.ProjectCategory;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.ReportId;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.OwnOrigin;
import org.bettercaretogether.web.platform.Paging;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Community projects for everyone, as pages: {@code GET /projects}, the listed projects by name, narrowed by the
 * filters of {@link ProjectFilters} (a place given is found by the directory's place finder), a page at a time;
 * {@code GET /communities/{slug}/projects}, one community's; {@code GET /projects/{id}}, one project, with the day it
 * was last checked; {@code GET/POST /projects/{id}/report}, the form to say an entry is wrong or closed; and
 * {@code GET/POST /projects/suggest}, the form to suggest one. Forms without an account carry no CSRF token: a browser
 * that says where a form comes from must say it comes from this service. Problems come back on the form (422) with an
 * error summary, what was typed kept. The API answers the same lists in JSON ({@link ProjectApiRoutes}).
 */
record ProjectRoutes(BrowseProjects browse, SuggestProject suggest, ReportProject report, BrowseDirectory directory,
                     FindCommunityForPlace places) implements Routes {

    static final String PAGES = ProjectSummary.PAGES;
    static final String SUGGEST = PAGES + "/suggest";
    static final String SUGGESTED = SUGGEST + "/sent";
    static final List<Choice> DAYS = SuggestPage.weekdays();
    private static final int PER_PAGE = 20;
    private static final String REPORTED = "reported";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGES, ctx -> list(ctx, ProjectFilters.read(ctx), null, PAGES));
        routes.get(SUGGEST, ctx -> suggestForm(ctx, SuggestForm.empty(), FormErrors.none()));   // before /{id}
        routes.post(SUGGEST, this::suggest);
        routes.get(SUGGESTED, ctx -> ctx.render("project/suggested.jte"));
        routes.get(PAGES + "/{id}", this::page);
        routes.get(PAGES + "/{id}/report", ctx -> reportForm(ctx, entry(ctx), ReportForm.empty(), FormErrors.none()));
        routes.post(PAGES + "/{id}/report", this::report);
        routes.get("/communities/{slug}/projects", this::communityList);
    }

    private void communityList(Context ctx) {
        CommunityProfile community = directory.community(Requests.slug(ctx)).orElseThrow();
        String slug = community.community().slug().value();
        list(ctx, ProjectFilters.read(ctx).inCommunity(slug), community.community().name(),
                "/communities/" + slug + "/projects");
    }

    private void list(Context ctx, ProjectFilters filters, String communityName, String action) {
        Map<CommunityId, String> names = communityNames();
        Optional<String> cursor = Paging.cursor(ctx);
        switch (filters.search(directory, places).flatMap(chosen -> browse.find(chosen.search(), cursor, PER_PAGE)
                .map(page -> new Found(chosen, page)))) {
            case Outcome.Done<Found>(Found found) -> {
                String first = action + (filters.query().isEmpty() || communityName != null && onlyCommunity(filters)
                        ? "" : "?" + filters.query());
                render(ctx, filters, communityName, action, FormErrors.none(),
                        found.page().items().stream().map(entry -> ProjectSummary.of(entry, names)).toList(),
                        found.chosen().nearCommunities().isEmpty() ? null
                                : String.join(" and ", found.chosen().nearCommunities()),
                        Paging.first(first, cursor), Paging.next(first, found.page().next()));
            }
            case Outcome.Rejected<Found>(Rejection.InvalidInput invalid) -> {
                FormErrors.answerStatus(ctx, invalid);
                render(ctx, filters, communityName, action,
                        FormErrors.onFields(invalid, ProjectFilters.NEAR).inOrder(ProjectFilters.FIELDS), List.of(),
                        null, null, null);
            }
            case Outcome.Rejected<Found>(Rejection other) -> throw new RejectedException(other);
        }
    }

    private static boolean onlyCommunity(ProjectFilters filters) {
        return filters.near().isEmpty() && filters.category().isEmpty() && filters.day().isEmpty() && !filters.free();
    }

    /** The filters' search and the page of projects it found. */
    private record Found(ProjectFilters.Chosen chosen, PageRequest.Page<ProjectEntry> page) {
    }

    private void render(Context ctx, ProjectFilters filters, String communityName, String action, FormErrors errors,
                        List<ProjectSummary> projects, String nearNote, String firstHref, String nextHref) {
        String heading = communityName == null ? "Community projects near you"
                : "Community projects in " + communityName;
        ctx.render("project/projects.jte", Map.of("projects", new ProjectsPage(heading, action, communityName,
                filters, communityChoices(), categoryChoices(), DAYS, errors, projects, nearNote, firstHref,
                nextHref)));
    }

    private void page(Context ctx) {
        ProjectEntry entry = entry(ctx);
        String notice = ctx.queryParam(REPORTED) != null
                ? "Thank you. Staff will check the entry and change or close it if it is wrong." : null;
        ctx.render("project/project.jte", Map.of("project",
                new ProjectPage(ProjectSummary.of(entry, communityNames()), notice)));
    }

    private void report(Context ctx) {
        OwnOrigin.require(ctx, "The form did not come from this service. Go to the project's page on this service "
                + "and report the problem from there.");
        ProjectEntry entry = entry(ctx);
        ReportForm form = ReportForm.read(ctx);
        var checks = new FieldChecks();
        Optional<org.bettercaretogether.domain.project.ProjectReport.Problem> problem = form.chosen();
        if (problem.isEmpty()) {
            checks.add(ReportForm.PROBLEM, "Select what is wrong with the entry");
        }
        checks.required(ReportForm.DETAILS, form.details(), "Tell us what you noticed");
        Outcome<ReportId> outcome = checks.outcome(() -> true)
                .flatMap(ok -> report.report(entry.project().id(), problem.orElseThrow(), form.details()));
        switch (outcome) {
            case Outcome.Done<ReportId> done ->
                    ctx.redirect(PAGES + "/" + entry.project().id() + "?" + REPORTED + "=1", HttpStatus.SEE_OTHER);
            case Outcome.Rejected<ReportId>(Rejection.InvalidInput invalid) -> {
                FormErrors.answerStatus(ctx, invalid);
                reportForm(ctx, entry, form, FormErrors.onFields(invalid, ReportForm.DETAILS)
                        .inOrder(ReportForm.FIELDS));
            }
            case Outcome.Rejected<ReportId>(Rejection other) -> throw new RejectedException(other);
        }
    }

    private void reportForm(Context ctx, ProjectEntry entry, ReportForm form, FormErrors errors) {
        ctx.render("project/report.jte", Map.of("report", new ReportPage(entry.project().details().name(),
                PAGES + "/" + entry.project().id(), form, errors)));
    }

    private void suggest(Context ctx) {
        OwnOrigin.require(ctx, "The form did not come from this service. Go to " + SUGGEST + " on this service and "
                + "send your suggestion from there.");
        SuggestForm form = SuggestForm.read(ctx);
        switch (form.suggestion(directory).flatMap(suggest::suggest)) {
            case Outcome.Done<ProjectId> done -> ctx.redirect(SUGGESTED, HttpStatus.SEE_OTHER);
            case Outcome.Rejected<ProjectId>(Rejection.InvalidInput invalid) -> {
                FormErrors.answerStatus(ctx, invalid);
                suggestForm(ctx, form, FormErrors.onFields(FieldChecks.renamed(invalid, SuggestForm.RENAMED),
                        "name").inOrder(SuggestForm.FIELDS));
            }
            case Outcome.Rejected<ProjectId>(Rejection other) -> throw new RejectedException(other);
        }
    }

    private void suggestForm(Context ctx, SuggestForm form, FormErrors errors) {
        ctx.render("project/suggest.jte", Map.of("suggest", new SuggestPage(form, communityChoices(), errors)));
    }

    /** The project of the address: not found unless it is listed or closed. */
    private ProjectEntry entry(Context ctx) {
        return browse.project(ProjectId.parse(ctx.pathParam("id"))).orElseThrow();
    }

    private Map<CommunityId, String> communityNames() {
        return ProjectSummary.communityNames(directory);
    }

    private List<Choice> communityChoices() {
        return directory.communities().stream().map(profile -> new Choice(profile.community().slug().value(),
                profile.community().name())).toList();
    }

    private static List<Choice> categoryChoices() {
        return Arrays.stream(ProjectCategory.values()).map(kind -> new Choice(kind.key(), kind.title())).toList();
    }
}
