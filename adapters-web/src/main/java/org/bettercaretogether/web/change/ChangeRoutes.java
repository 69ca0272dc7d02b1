package org.bettercaretogether.web.change;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.change.RecordChangeMade;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffDates;
import org.bettercaretogether.web.platform.StaffForms;

/**
 * Engagement officers and administrators record the changes that views led to, as pages:
 * {@code GET /staff/changes}: every change; {@code GET/POST /staff/changes/new}: plan one;
 * {@code GET/POST /staff/changes/{id}}: one change, and revising it (the form carries the version it was read at, so
 * a change made meanwhile by someone else is refused with 409 rather than overwritten);
 * {@code POST /staff/changes/{id}/status}: moving it on, to in progress or made, on a day not in the future. The staff
 * API does the same in JSON ({@link ChangeApiRoutes}).
 * {@link RecordChangeMade} decides who may, refuses views, themes, communities and workstreams it does not know
 * (422, naming them; so too a consultation that is not scheduled, which the form's list of {@code consultations}
 * never offers) and a step backwards (409), and tells the people whose views are newly linked, if they asked.
 * Each handler first makes sure the person may use these pages at all, so that someone who may not gets a 403
 * rather than a form's validation messages.
 */
record ChangeRoutes(RecordChangeMade record, ManageThemes themes, BrowseDirectory directory,
                    BrowseConsultations consultations, Clock clock) implements Routes {

    static final String PAGES = StaffAddresses.PAGES + "/changes";
    private static final String SAVED = "saved";
    private static final Map<String, String> NOTICES = Map.of(
            "planned", "The change has been recorded as planned.",
            "revised", "The change has been saved.",
            "advanced", "The change has been moved on.");
    private static final Map<ChangeStatus, String> NEXT = Map.of(
            ChangeStatus.IN_PROGRESS, "In progress: work on the change has started",
            ChangeStatus.MADE, "Made: the change has been made");

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGES, this::listPage);
        routes.get(PAGES + "/new", this::newForm);   // before /{id}, which would otherwise take "new"
        routes.post(PAGES + "/new", this::plan);
        routes.get(PAGES + "/{id}", this::changePage);
        routes.post(PAGES + "/{id}", this::revise);
        routes.post(PAGES + "/{id}/status", this::advance);
    }

    private void listPage(Context ctx) {
        List<ChangeSummary> changes = record.changes(StaffAccess.engagementOfficer(ctx)).orElseThrow();
        ctx.render("change/changes.jte", Map.of("changes", new ChangesPage(changes.stream().map(summary -> {
            ChangeMade change = summary.change();
            return new ChangesPage.Row(PAGES + "/" + change.id(), change.title(), summary.where(),
                    change.status().title(), YouSaidWeDidPage.tagClass(change.status()),
                    Formats.date(change.plannedOn()), summary.viewReferences().size());
        }).toList())));
    }

    private void newForm(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        render(ctx, null, ChangeForm.empty(), FormErrors.none(), null, null);
    }

    private void plan(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        ChangeForm form = ChangeForm.read(ctx);
        StaffForms.answer(ctx, checks -> form.body(checks, false).draft(checks)
                        .flatMap(draft -> record.plan(actor, draft)),
                planned -> saved(planned, "planned"),
                refused -> render(ctx, null, form, ChangeForm.errors(refused), null, null), Rejection.Conflict.class);
    }

    private void changePage(Context ctx) {
        ChangeSummary current = record.change(StaffAccess.engagementOfficer(ctx), changeId(ctx)).orElseThrow();
        render(ctx, current, ChangeForm.of(current), FormErrors.none(),
                StatusChange.Form.of(current.change().version(), StaffDates.today(clock)), FormErrors.none());
    }

    private void revise(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        ChangeId id = changeId(ctx);
        ChangeSummary current = record.change(actor, id).orElseThrow();
        ChangeForm form = ChangeForm.read(ctx);
        StaffForms.answer(ctx, checks -> {
                    ChangeBody body = form.body(checks, true);
                    return body.draft(checks).flatMap(draft -> record.revise(actor, id, body.version(), draft));
                },
                revised -> saved(revised, "revised"),
                refused -> render(ctx, current, form, ChangeForm.errors(refused),
                        StatusChange.Form.of(current.change().version(), StaffDates.today(clock)), FormErrors.none()),
                Rejection.Conflict.class);
    }

    private void advance(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        ChangeId id = changeId(ctx);
        ChangeSummary current = record.change(actor, id).orElseThrow();
        StatusChange.Form form = StatusChange.Form.read(ctx);
        var checks = new FieldChecks();
        StatusChange request = form.request(checks);
        Optional<ChangeStatus> next = request.status() == null ? Optional.empty() : request.next(checks);
        // a step backwards or a stale form: nothing on this form would fix it, so the conflict page says so
        StaffForms.answer(ctx, checks.outcome(next::orElseThrow)
                        .flatMap(status -> record.advance(actor, id, request.version(), status, request.day())),
                advanced -> saved(advanced, "advanced"),
                refused -> render(ctx, current, ChangeForm.of(current), FormErrors.none(), form,
                        StatusChange.Form.errors(refused)));
    }

    /** Back to the change, which says what was done. */
    private static String saved(ChangeSummary summary, String what) {
        return PAGES + "/" + summary.change().id() + "?" + SAVED + "=" + what;
    }

    private void render(Context ctx, ChangeSummary current, ChangeForm form, FormErrors errors,
                        StatusChange.Form statusForm, FormErrors statusErrors) {
        List<Theme> all = themes.themes();
        ChangePage.Summary summary = null;
        ChangePage.StatusForm status = null;
        if (current != null) {
            ChangeMade change = current.change();
            summary = new ChangePage.Summary(change.id().toString(), change.title(), change.status().title(),
                    YouSaidWeDidPage.tagClass(change.status()), current.where(), Formats.date(change.plannedOn()),
                    change.startedOn().map(Formats::date).orElse(null), change.madeOn().map(Formats::date).orElse(null),
                    current.viewReferences().stream().map(FeedbackReference::value).toList(),
                    current.publishedViewCount(), current.themeNames(), ChangeJson.CameFrom.of(current));
            List<Choice> next = Arrays.stream(ChangeStatus.values())
                    .filter(later -> later.ordinal() > change.status().ordinal())
                    .map(later -> new Choice(later.name(), NEXT.get(later))).toList();
            status = next.isEmpty() ? null : new ChangePage.StatusForm(next, statusForm, statusErrors);
        }
        // a theme out of use is still offered to a change that has it, so that saving the form does not drop it
        List<Choice> themeChoices = all.stream()
                .filter(theme -> theme.inUse() || form.themes().contains(theme.id().toString()))
                .map(theme -> new Choice(theme.id().toString(),
                        theme.inUse() ? theme.name() : theme.name() + " (no longer in use)")).toList();
        ctx.render(current == null ? "change/change-new.jte" : "change/change.jte", Map.of("change", new ChangePage(
                summary, form, errors,
                directory.communities().stream().map(profile -> new Choice(profile.community().slug().value(),
                        profile.community().name())).toList(),
                directory.workstreams().stream().map(profile -> new Choice(profile.workstream().slug().value(),
                        profile.workstream().name())).toList(),
                themeChoices, consultations.consultations().stream().map(scheduled -> new Choice(
                        scheduled.consultation().slug().value(), scheduled.consultation().title())).toList(),
                status, NOTICES.get(Objects.requireNonNullElse(ctx.queryParam(SAVED), "")))));
    }

    // --- reading ---

    static ChangeId changeId(Context ctx) {
        return ChangeId.parse(ctx.pathParam("id"));
    }
}
