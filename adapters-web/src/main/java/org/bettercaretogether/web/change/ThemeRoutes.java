package org.bettercaretogether.web.change;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.security.Actor;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.staff.StaffAccess;

/**
 * Engagement officers and administrators keep the managed list of themes, as a page and in the staff API:
 * <ul>
 *   <li>{@code GET /staff/themes}: every theme, and a form to add one ({@code POST /staff/themes});
 *       {@code POST /staff/themes/{id}}: take one out of use, or back into use (with the version it was read at:
 *       a theme changed meanwhile is refused with 409);</li>
 *   <li>{@code GET/POST /api/v1/staff/themes}, {@code PUT /api/v1/staff/themes/{id}}: the same in JSON.</li>
 * </ul>
 * A theme out of use stays on the views and changes already tagged with it, but is offered no more, and leaves the
 * public list ({@code /api/v1/themes}). {@link ManageThemes} decides who may, and refuses a name already taken.
 */
final class ThemeRoutes implements Routes {

    static final String PAGES = StaffAddresses.PAGES + "/themes";
    static final String API = StaffAddresses.API + "/themes";
    private static final String NAME = "name";
    private static final String IN_USE = "in-use";
    private static final String NOTICE = "notice";
    private static final Map<String, String> NOTICES = Map.of(
            "added", "The theme has been added.",
            "out", "The theme has been taken out of use. It stays on the views and changes already tagged with it.",
            "in", "The theme is in use again.");

    private final ManageThemes themes;

    ThemeRoutes(ManageThemes themes) {
        this.themes = themes;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGES, this::page);
        routes.post(PAGES, this::add);
        routes.post(PAGES + "/{id}", this::setInUse);
        routes.get(API, this::list);
        routes.post(API, this::addFromJson);
        routes.put(API + "/{id}", this::setInUseFromJson);
    }

    // --- the page ---

    private void page(Context ctx) {
        engagementOfficer(ctx);
        render(ctx, "", FormErrors.none(), NOTICES.get(Objects.requireNonNullElse(ctx.queryParam(NOTICE), "")));
    }

    private void add(Context ctx) {
        Actor actor = engagementOfficer(ctx);
        String name = Requests.field(ctx, NAME);
        if (name.isEmpty()) {
            ctx.status(422);
            render(ctx, name, FormErrors.builder().add(NAME, "Enter the name of the new theme").build(), null);
            return;
        }
        switch (themes.add(actor, name)) {
            case Outcome.Done<Theme> added -> notice(ctx, "added");
            case Outcome.Rejected<Theme>(Rejection rejection) when rejection instanceof Rejection.InvalidInput -> {
                FormErrors.answerStatus(ctx, rejection);
                render(ctx, name, FormErrors.onFields(worded(rejection, name), NAME), null);
            }
            case Outcome.Rejected<Theme>(Rejection other) -> throw new RejectedException(other);
        }
    }

    private void setInUse(Context ctx) {
        Actor actor = engagementOfficer(ctx);
        ThemeId id = themeId(ctx);
        String version = Requests.field(ctx, "version");
        String inUse = Requests.field(ctx, IN_USE);
        if (!version.matches("[0-9]{1,18}") || !(inUse.equals("true") || inUse.equals("false"))) {
            throw HttpProblem.badRequest("The form is not one of this service's: reload the page and try again.",
                    List.of());
        }
        Theme changed = themes.setInUse(actor, id, Long.parseLong(version), Boolean.parseBoolean(inUse)).orElseThrow();
        notice(ctx, changed.inUse() ? "in" : "out");
    }

    private void render(Context ctx, String name, FormErrors errors, String notice) {
        var rows = themes.themes().stream().map(theme -> new ThemesPage.Row(theme.name(), theme.inUse(),
                PAGES + "/" + theme.id(), Long.toString(theme.version()),
                theme.inUse() ? "Take out of use" : "Put back into use")).toList();
        ctx.render("change/themes.jte", Map.of("themes", new ThemesPage(rows, name, errors, notice)));
    }

    private static void notice(Context ctx, String what) {
        ctx.redirect(PAGES + "?" + NOTICE + "=" + what, HttpStatus.SEE_OTHER);
    }

    // --- the staff API ---

    private void list(Context ctx) {
        engagementOfficer(ctx);
        ctx.json(Items.of(themes.themes().stream().map(ThemeView::of).toList()));
    }

    private void addFromJson(Context ctx) {
        Actor actor = engagementOfficer(ctx);
        ThemeView.New body = Requests.body(ctx, ThemeView.New.class);
        Theme added = switch (themes.add(actor, body.name() == null ? "" : body.name())) {
            case Outcome.Done<Theme>(Theme theme) -> theme;
            case Outcome.Rejected<Theme>(Rejection rejection) ->
                    throw new RejectedException(worded(rejection, body.name()));
        };
        ctx.status(HttpStatus.CREATED).json(ThemeView.of(added));
    }

    private void setInUseFromJson(Context ctx) {
        Actor actor = engagementOfficer(ctx);
        ThemeId id = themeId(ctx);
        ThemeView.Revision body = Requests.body(ctx, ThemeView.Revision.class);
        var checks = new FieldChecks();
        checks.required("version", body.version(), "Give the version of the theme you read, so that a change made "
                + "meanwhile by someone else is not overwritten");
        checks.required("inUse", body.inUse(), "Say whether the theme is in use: true or false");
        Theme changed = FieldChecks.then(checks.outcome(() -> body),
                revision -> themes.setInUse(actor, id, revision.version(), revision.inUse())).orElseThrow();
        ctx.json(ThemeView.of(changed));
    }

    // --- reading ---

    /** "Waiting times is already a theme", rather than "Name is already a theme". */
    private static Rejection worded(Rejection rejection, String name) {
        if (!(rejection instanceof Rejection.InvalidInput invalid) || name == null || name.isBlank()) {
            return rejection;
        }
        return new Rejection.InvalidInput(invalid.problems().stream().map(problem ->
                problem.field().equals(NAME) && problem.problem().equals("is already a theme")
                        ? new FieldProblem(NAME, "There is already a theme called " + name.strip())
                        : problem).toList());
    }

    private static Actor engagementOfficer(Context ctx) {
        return StaffAccess.actorHolding(ctx, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    }

    private static ThemeId themeId(Context ctx) {
        return ThemeId.parse(ctx.pathParam("id"));
    }
}
