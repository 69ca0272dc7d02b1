package org.bettercaretogether.web.project;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.project.ProjectEntry;
import org.bettercaretogether.application.project.ReviewProjects;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.ProjectReport;
import org.bettercaretogether.domain.project.ProjectStatus;
import org.bettercaretogether.domain.project.ReportId;
import org.bettercaretogether.domain.project.Suggester;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffRejections;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Engagement officers and administrators keep the community projects, as pages: {@code GET /staff/projects}, the
 * suggestions waiting for review, the entries due for a check (last checked twelve months ago or more) and the
 * public's open reports; {@code GET/POST /staff/projects/new}, list a project; {@code GET /staff/projects/{id}}, one
 * project with who suggested it; {@code GET/POST /staff/projects/{id}/edit}, change its entry; and the buttons
 * {@code POST /staff/projects/{id}/accept}, {@code .../decline}, {@code .../checked}, {@code .../close} and
 * {@code POST /staff/projects/reports/{id}/resolve}. Each quotes the version read: a change made meanwhile is a 409.
 * {@link ReviewProjects} decides who may; each handler first makes sure the person may use these pages at all.
 */
record StaffProjectRoutes(ReviewProjects review, BrowseDirectory directory) implements Routes {

    static final String PAGES = StaffAddresses.PAGES + "/projects";
    private static final String SAVED = "saved";
    private static final Map<String, String> NOTICES = Map.of(
            "accept", "The project has been listed.",
            "decline", "The suggestion has been declined.",
            "checked", "The entry has been marked as checked today.",
            "close", "The project has been closed.",
            "resolve", "The report has been resolved.",
            "added", "The project has been listed.",
            "revised", "The project's entry has been saved.");

    /** A step staff take with a project at the version read. */
    @FunctionalInterface
    interface Step {
        Outcome<CommunityProject> take(Actor actor, ProjectId id, long version);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGES, this::listPage);
        routes.get(PAGES + "/new", ctx -> {   // before /{id}, which would otherwise take "new"
            StaffAccess.engagementOfficer(ctx);
            form(ctx, "List a community project", PAGES + "/new", "", SuggestForm.empty(), FormErrors.none());
        });
        routes.post(PAGES + "/new", this::add);
        routes.get(PAGES + "/{id}", this::projectPage);
        routes.get(PAGES + "/{id}/edit", this::editForm);
        routes.post(PAGES + "/{id}/edit", this::revise);
        routes.post(PAGES + "/{id}/accept", ctx -> step(ctx, review::accept, "accept"));
        routes.post(PAGES + "/{id}/decline", ctx -> step(ctx, review::decline, "decline"));
        routes.post(PAGES + "/{id}/checked", ctx -> step(ctx, review::markChecked, "checked"));
        routes.post(PAGES + "/{id}/close", ctx -> step(ctx, review::close, "close"));
        routes.post(PAGES + "/reports/{id}/resolve", this::resolve);
    }

    private void listPage(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        var suggestions = review.suggestions(actor).orElseThrow().stream()
                .map(project -> row(project, Formats.date(UkTime.dayOf(project.receivedAt())))).toList();
        var due = review.dueForCheck(actor).orElseThrow().stream().map(ProjectEntry::project)
                .map(project -> row(project, Formats.date(project.lastChecked()))).toList();
        var reports = review.openReports(actor).orElseThrow().stream().map(report -> reportRow(actor, report))
                .toList();
        ctx.render("project/staff-projects.jte", Map.of("projects", new StaffProjectsPage(suggestions, due, reports,
                NOTICES.get(Objects.requireNonNullElse(ctx.queryParam(SAVED), "")))));
    }

    private StaffProjectsPage.ReportRow reportRow(Actor actor, ProjectReport report) {
        String name = review.project(actor, report.project()).map(entry -> entry.project().details().name())
                .orElseThrow();
        return new StaffProjectsPage.ReportRow(name, PAGES + "/" + report.project(), report.problem().title(),
                report.details(), Formats.date(UkTime.dayOf(report.receivedAt())),
                PAGES + "/reports/" + report.id() + "/resolve", Long.toString(report.version()));
    }

    private static StaffProjectsPage.Row row(CommunityProject project, String date) {
        return new StaffProjectsPage.Row(project.details().name(), PAGES + "/" + project.id(), date,
                Long.toString(project.version()));
    }

    private void projectPage(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        ProjectEntry entry = review.project(actor, ProjectId.parse(ctx.pathParam("id"))).orElseThrow();
        CommunityProject project = entry.project();
        Map<CommunityId, String> names = ProjectSummary.communityNames(directory);
        ctx.render("project/staff-project.jte", Map.of("project", new StaffProjectPage(
                ProjectSummary.of(entry, names), project.status().title(), Long.toString(project.version()),
                project.suggester().flatMap(Suggester::name).orElse(null),
                project.suggester().flatMap(Suggester::email).map(EmailAddress::value).orElse(null),
                project.status() == ProjectStatus.SUGGESTED, project.status() == ProjectStatus.LISTED)));
    }

    private void add(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        SuggestForm form = SuggestForm.read(ctx);
        answer(ctx, form.details(directory).flatMap(details -> review.add(actor, details)), "added",
                refused -> form(ctx, "List a community project", PAGES + "/new", "", form, refused));
    }

    private void editForm(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        CommunityProject project = review.project(actor, ProjectId.parse(ctx.pathParam("id"))).orElseThrow()
                .project();
        Map<CommunityId, String> slugs = directory.communities().stream().collect(Collectors.toMap(
                profile -> profile.community().id(), profile -> profile.community().slug().value()));
        form(ctx, "Change " + project.details().name(), PAGES + "/" + project.id() + "/edit",
                Long.toString(project.version()), SuggestForm.of(project.details(), slugs), FormErrors.none());
    }

    private void revise(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        ProjectId id = ProjectId.parse(ctx.pathParam("id"));
        String version = Requests.field(ctx, "version");
        long read = StaffRejections.version(version);
        SuggestForm form = SuggestForm.read(ctx);
        answer(ctx, form.details(directory).flatMap(details -> review.project(actor, id).flatMap(stored -> review
                        .revise(actor, id, read, SuggestForm.keepingLaterSessions(details, stored.project().details())))),
                "revised",
                refused -> form(ctx, "Change " + form.name(), PAGES + "/" + id + "/edit", version, form, refused));
    }

    /** Saved: the list says so; refused: the form again with the errors, its status the refusal's. */
    private static void answer(Context ctx, Outcome<CommunityProject> outcome, String done,
                               java.util.function.Consumer<FormErrors> again) {
        switch (outcome) {
            case Outcome.Done<CommunityProject> saved ->
                    ctx.redirect(PAGES + "?" + SAVED + "=" + done, HttpStatus.SEE_OTHER);
            case Outcome.Rejected<CommunityProject>(Rejection refused) -> {
                FormErrors.answerStatus(ctx, refused);
                again.accept(FormErrors.onFields(FieldChecks.renamed(refused, SuggestForm.RENAMED), "version")
                        .inOrder(SuggestForm.FIELDS));
            }
        }
    }

    private void form(Context ctx, String heading, String action, String version, SuggestForm form,
                      FormErrors errors) {
        List<Choice> communities = directory.communities().stream().map(profile -> new Choice(
                profile.community().slug().value(), profile.community().name())).toList();
        ctx.render("project/staff-form.jte", Map.of("project", new StaffProjectFormPage(heading, action, version,
                new SuggestPage(form, communities, errors))));
    }

    /** A button: nothing on the page could fix a refusal, so the error page says what happened. */
    private void step(Context ctx, Step step, String done) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        ProjectId id = ProjectId.parse(ctx.pathParam("id"));
        long version = StaffRejections.version(Requests.field(ctx, "version"));
        step.take(actor, id, version).orElseThrow();
        ctx.redirect(PAGES + "?" + SAVED + "=" + done, HttpStatus.SEE_OTHER);
    }

    private void resolve(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        ReportId id = ReportId.parse(ctx.pathParam("id"));
        long version = StaffRejections.version(Requests.field(ctx, "version"));
        review.resolve(actor, id, version).orElseThrow();
        ctx.redirect(PAGES + "?" + SAVED + "=resolve", HttpStatus.SEE_OTHER);
    }
}
