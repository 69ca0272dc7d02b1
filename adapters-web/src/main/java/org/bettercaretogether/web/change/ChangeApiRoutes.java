package org.bettercaretogether.web.change;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.change.RecordChangeMade;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffApi;
import org.bettercaretogether.web.platform.StaffDates;

import static org.bettercaretogether.web.change.ChangeRoutes.changeId;

/**
 * Engagement officers and administrators record the changes that views led to in the staff API, as the staff pages
 * do ({@link ChangeRoutes}): {@code GET/POST /api/v1/staff/changes}, {@code GET/PUT /api/v1/staff/changes/{id}} and
 * {@code POST /api/v1/staff/changes/{id}/status}. {@link RecordChangeMade} decides who may, refuses views, themes,
 * communities and workstreams it does not know (422, naming them) and a step backwards (409). Each handler first
 * makes sure the person may use the API of changes at all, so that someone who may not gets a 403 rather than the
 * problems of what they sent.
 */
record ChangeApiRoutes(RecordChangeMade record, ManageThemes themes, Clock clock) implements Routes {

    static final String API = StaffAddresses.API + "/changes";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::list);
        routes.post(API, this::planFromJson);
        routes.get(API + "/{id}", this::one);
        routes.put(API + "/{id}", this::reviseFromJson);
        routes.post(API + "/{id}/status", this::advanceFromJson);
    }

    private void list(Context ctx) {
        List<ChangeSummary> changes = record.changes(StaffAccess.engagementOfficer(ctx)).orElseThrow();
        Map<ThemeId, String> names = themeNames();
        ctx.json(Items.of(changes, summary -> StaffChangeJson.of(summary, names)));
    }

    private void one(Context ctx) {
        ChangeSummary change = record.change(StaffAccess.engagementOfficer(ctx), changeId(ctx)).orElseThrow();
        ctx.json(StaffChangeJson.of(change, themeNames()));
    }

    private void planFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        ChangeSummary planned = StaffApi.changed(ctx, ChangeBody.class,
                (body, checks) -> body.draft(checks).flatMap(draft -> record.plan(actor, draft)));
        StaffApi.created(ctx, API + "/" + planned.change().id(), StaffChangeJson.of(planned, themeNames()));
    }

    private void reviseFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        ChangeId id = changeId(ctx);
        ChangeSummary revised = StaffApi.changed(ctx, ChangeBody.class, (body, checks) -> {
            long version = body.version(checks);
            return body.draft(checks).flatMap(draft -> record.revise(actor, id, version, draft));
        });
        ctx.json(StaffChangeJson.of(revised, themeNames()));
    }

    private void advanceFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        ChangeId id = changeId(ctx);
        ChangeSummary advanced = StaffApi.changed(ctx, StatusChange.class, StatusChange::worded, (body, checks) -> {
            long version = body.version(checks);
            Optional<ChangeStatus> next = body.next(checks);
            LocalDate day = body.day() == null ? StaffDates.today(clock) : body.day();
            return checks.outcome(next::orElseThrow).flatMap(status -> record.advance(actor, id, version, status, day));
        });
        ctx.json(StaffChangeJson.of(advanced, themeNames()));
    }

    private Map<ThemeId, String> themeNames() {
        return themes.themes().stream().collect(Collectors.toMap(Theme::id, Theme::name));
    }
}
