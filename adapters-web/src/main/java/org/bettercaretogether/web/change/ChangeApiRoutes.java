package org.bettercaretogether.web.change;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.bettercaretogether.application.change.ChangeDraft;
import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.change.RecordChangeMade;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.security.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffRejections;

import static org.bettercaretogether.web.change.ChangeRoutes.changeId;
import static org.bettercaretogether.web.change.ChangeRoutes.engagementOfficer;

/**
 * Engagement officers and administrators record the changes that views led to in the staff API, as the staff pages
 * do ({@link ChangeRoutes}): {@code GET/POST /api/v1/staff/changes}, {@code GET/PUT /api/v1/staff/changes/{id}} and
 * {@code POST /api/v1/staff/changes/{id}/status}. {@link RecordChangeMade} decides who may, refuses views, themes,
 * communities and workstreams it does not know (422, naming them) and a step backwards (409). Each handler first
 * makes sure the person may use the API of changes at all, so that someone who may not gets a 403 rather than the
 * problems of what they sent.
 */
final class ChangeApiRoutes implements Routes {

    static final String API = StaffAddresses.API + "/changes";

    private final RecordChangeMade record;
    private final ManageThemes themes;
    private final Clock clock;

    ChangeApiRoutes(RecordChangeMade record, ManageThemes themes, Clock clock) {
        this.record = record;
        this.themes = themes;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::list);
        routes.post(API, this::planFromJson);
        routes.get(API + "/{id}", this::one);
        routes.put(API + "/{id}", this::reviseFromJson);
        routes.post(API + "/{id}/status", this::advanceFromJson);
    }

    private void list(Context ctx) {
        List<ChangeSummary> changes = record.changes(engagementOfficer(ctx)).orElseThrow();
        Map<ThemeId, String> names = themeNames();
        ctx.json(Items.of(changes.stream().map(summary -> StaffChangeJson.of(summary, names)).toList()));
    }

    private void one(Context ctx) {
        ctx.json(StaffChangeJson.of(record.change(engagementOfficer(ctx), changeId(ctx)).orElseThrow(), themeNames()));
    }

    private void planFromJson(Context ctx) {
        Actor actor = engagementOfficer(ctx);
        ChangeBody body = Requests.body(ctx, ChangeBody.class);
        var checks = new FieldChecks();
        ChangeSummary planned = StaffRejections.answer(
                body.draft(checks).flatMap(draft -> record.plan(actor, draft)), UnaryOperator.identity());
        ctx.status(HttpStatus.CREATED).header("Location", API + "/" + planned.change().id())
                .json(StaffChangeJson.of(planned, themeNames()));
    }

    private void reviseFromJson(Context ctx) {
        Actor actor = engagementOfficer(ctx);
        ChangeId id = changeId(ctx);
        ChangeBody body = Requests.body(ctx, ChangeBody.class);
        var checks = new FieldChecks();
        long version = body.version(checks);
        Outcome<ChangeDraft> draft = body.draft(checks);
        ChangeSummary revised = StaffRejections.answer(
                draft.flatMap(valid -> record.revise(actor, id, version, valid)), UnaryOperator.identity());
        ctx.json(StaffChangeJson.of(revised, themeNames()));
    }

    private void advanceFromJson(Context ctx) {
        Actor actor = engagementOfficer(ctx);
        ChangeId id = changeId(ctx);
        StatusChange body = Requests.body(ctx, StatusChange.class);
        var checks = new FieldChecks();
        long version = body.version(checks);
        Optional<ChangeStatus> next = body.next(checks);
        LocalDate day = body.day() == null ? today() : body.day();
        ctx.json(StaffChangeJson.of(StaffRejections.answer(checks.outcome(next::orElseThrow)
                .flatMap(status -> record.advance(actor, id, version, status, day)), StatusChange::worded),
                themeNames()));
    }

    private Map<ThemeId, String> themeNames() {
        return themes.themes().stream().collect(Collectors.toMap(Theme::id, Theme::name));
    }

    private LocalDate today() {
        return UkTime.dayOf(clock.instant());
    }
}
