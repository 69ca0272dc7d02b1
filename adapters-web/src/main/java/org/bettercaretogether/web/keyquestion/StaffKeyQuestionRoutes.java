package org.bettercaretogether.web.keyquestion;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bettercaretogether.application.keyquestion.ManageKeyQuestions;
import org.bettercaretogether.application.keyquestion.ReadKeyQuestions;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.keyquestion.KeyQuestionId;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.web.platform.StaffRejections;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffForms;

/**
 * Engagement officers and administrators keep the key questions, as pages: {@code GET /staff/key-questions}, every
 * question in order, with buttons to move each up or down or remove it ({@code POST /staff/key-questions/{id}/move-up},
 * {@code .../move-down}, {@code .../remove}); {@code GET/POST /staff/key-questions/new}, add one at the end;
 * {@code GET/POST /staff/key-questions/{id}}, change one's words. The staff API does the same in JSON
 * ({@link StaffKeyQuestionApiRoutes}).
 * Every change quotes the version it was read at, so a change made meanwhile by someone else is refused with 409
 * rather than overwritten: the edit form shows the refusal above the form, keeping what was typed; a button of the
 * list leads to the error page, which asks the person to reload. {@link ManageKeyQuestions} decides who may; each
 * handler first makes sure the person may use these pages at all, so that someone who may not gets a 403 rather than
 * a form's validation messages.
 */
record StaffKeyQuestionRoutes(ReadKeyQuestions read, ManageKeyQuestions manage) implements Routes {

    static final String PAGES = StaffAddresses.PAGES + "/key-questions";
    private static final String SAVED = "saved";
    private static final Map<String, String> NOTICES = Map.of(
            "added", "The key question has been added at the end of the list.",
            "revised", "The key question has been saved.",
            "moved", "The key question has been moved.",
            "removed", "The key question has been removed.");

    /** A change to the order of the list: a move or a removal, at the version read. */
    @FunctionalInterface
    interface Reordering {
        Outcome<List<KeyQuestion>> apply(Actor actor, KeyQuestionId id, long version);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGES, this::listPage);
        routes.get(PAGES + "/new", this::newForm);   // before /{id}, which would otherwise take "new"
        routes.post(PAGES + "/new", this::add);
        routes.get(PAGES + "/{id}", this::editForm);
        routes.post(PAGES + "/{id}", this::revise);
        routes.post(PAGES + "/{id}/move-up", ctx -> reorder(ctx, manage::moveUp, "moved"));
        routes.post(PAGES + "/{id}/move-down", ctx -> reorder(ctx, manage::moveDown, "moved"));
        routes.post(PAGES + "/{id}/remove", ctx -> reorder(ctx, manage::remove, "removed"));
    }

    private void listPage(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        List<KeyQuestion> questions = read.all();
        List<StaffKeyQuestionsPage.Row> rows = questions.stream().map(question -> new StaffKeyQuestionsPage.Row(
                question.position(), question.question(), Formats.date(UkTime.dayOf(question.changedAt())),
                Long.toString(question.version()), PAGES + "/" + question.id(), question.position() > 1,
                question.position() < questions.size())).toList();
        ctx.render("keyquestion/staff-list.jte", Map.of("questions", new StaffKeyQuestionsPage(rows,
                NOTICES.get(Objects.requireNonNullElse(ctx.queryParam(SAVED), "")))));
    }

    private void newForm(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        render(ctx, null, KeyQuestionForm.empty(), FormErrors.none());
    }

    private void add(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        KeyQuestionForm form = KeyQuestionForm.read(ctx);
        StaffForms.answer(ctx, checks -> form.body(null).draft(checks).flatMap(draft -> manage.add(actor, draft)),
                added -> saved("added"), refused -> render(ctx, null, form, KeyQuestionForm.errors(refused)),
                Rejection.Conflict.class);
    }

    private void editForm(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        KeyQuestion current = manage.keyQuestion(actor, keyQuestionId(ctx)).orElseThrow();
        render(ctx, current.id().toString(), KeyQuestionForm.of(current), FormErrors.none());
    }

    private void revise(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        KeyQuestionId id = keyQuestionId(ctx);
        KeyQuestionForm form = KeyQuestionForm.read(ctx);
        long version = StaffRejections.version(form.version());
        StaffForms.answer(ctx, checks -> form.body(version).draft(checks)
                        .flatMap(draft -> manage.revise(actor, id, version, draft)),
                revised -> saved("revised"),
                refused -> render(ctx, id.toString(), form, KeyQuestionForm.errors(refused)), Rejection.Conflict.class);
    }

    /** A button of the list: nothing on the page could fix a refusal, so the error page says what happened. */
    private void reorder(Context ctx, Reordering reordering, String done) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        KeyQuestionId id = keyQuestionId(ctx);
        long version = StaffRejections.version(Requests.field(ctx, KeyQuestionBody.VERSION));
        reordering.apply(actor, id, version).orElseThrow();
        ctx.redirect(saved(done), HttpStatus.SEE_OTHER);
    }

    /**
     * The list, which says what was done. (A form says a change was made meanwhile above what was typed, rather than
     * losing it to the 409 page.)
     */
    private static String saved(String what) {
        return PAGES + "?" + SAVED + "=" + what;
    }

    private static void render(Context ctx, String id, KeyQuestionForm form, FormErrors errors) {
        ctx.render("keyquestion/staff-form.jte", Map.of("question", new KeyQuestionPage(id, form, errors)));
    }

    // --- reading ---

    static KeyQuestionId keyQuestionId(Context ctx) {
        return KeyQuestionId.parse(ctx.pathParam("id"));
    }
}
