package org.bettercaretogether.web.keyquestion;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.bettercaretogether.application.keyquestion.ManageKeyQuestions;
import org.bettercaretogether.application.keyquestion.ReadKeyQuestions;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.keyquestion.KeyQuestionId;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffApi;
import org.bettercaretogether.web.platform.StaffRejections;

import static org.bettercaretogether.web.keyquestion.StaffKeyQuestionRoutes.keyQuestionId;

/**
 * Engagement officers and administrators keep the key questions in the staff API, as on the staff pages
 * ({@link StaffKeyQuestionRoutes}): {@code GET/POST /api/v1/staff/key-questions},
 * {@code GET/PUT/DELETE /api/v1/staff/key-questions/{id}} (a removal quotes {@code ?version=}),
 * {@code POST /api/v1/staff/key-questions/{id}/move-up} and {@code .../move-down}. Every change quotes the version it
 * was read at, so a change made meanwhile by someone else is refused with 409 rather than overwritten.
 * {@link ManageKeyQuestions} decides who may; each handler first makes sure the person may use the API of key
 * questions at all, so that someone who may not gets a 403 rather than the problems of what they sent.
 */
record StaffKeyQuestionApiRoutes(ReadKeyQuestions read, ManageKeyQuestions manage) implements Routes {

    static final String API = StaffAddresses.API + "/key-questions";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::list);
        routes.post(API, this::addFromJson);
        routes.get(API + "/{id}", this::one);
        routes.put(API + "/{id}", this::reviseFromJson);
        routes.delete(API + "/{id}", this::removeFromJson);
        routes.post(API + "/{id}/move-up", ctx -> moveFromJson(ctx, manage::moveUp));
        routes.post(API + "/{id}/move-down", ctx -> moveFromJson(ctx, manage::moveDown));
    }

    private void list(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        ctx.json(Items.of(read.all(), StaffKeyQuestionJson::of));
    }

    private void one(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        ctx.json(StaffKeyQuestionJson.of(manage.keyQuestion(actor, keyQuestionId(ctx)).orElseThrow()));
    }

    private void addFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        KeyQuestion added = StaffApi.changed(ctx, KeyQuestionBody.class,
                (body, checks) -> body.draft(checks).flatMap(draft -> manage.add(actor, draft)));
        StaffApi.created(ctx, API + "/" + added.id(), StaffKeyQuestionJson.of(added));
    }

    private void reviseFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        KeyQuestionId id = keyQuestionId(ctx);
        KeyQuestion revised = StaffApi.changed(ctx, KeyQuestionBody.class, (body, checks) -> {
            long version = body.version(checks);
            return body.draft(checks).flatMap(draft -> manage.revise(actor, id, version, draft));
        });
        ctx.json(StaffKeyQuestionJson.of(revised));
    }

    private void moveFromJson(Context ctx, StaffKeyQuestionRoutes.Reordering reordering) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        KeyQuestionId id = keyQuestionId(ctx);
        List<KeyQuestion> ordered = StaffApi.changed(ctx, StaffKeyQuestionMove.class, (body, checks) -> {
            checks.version(KeyQuestionBody.VERSION, body.version(), "key question");
            return checks.outcome(body::version).flatMap(version -> reordering.apply(actor, id, version));
        });
        ctx.json(Items.of(ordered, StaffKeyQuestionJson::of));
    }

    /** {@code DELETE .../{id}?version=3}: a removal has no body, so the version read comes in the address. */
    private void removeFromJson(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        KeyQuestionId id = keyQuestionId(ctx);
        String typed = ctx.queryParam(KeyQuestionBody.VERSION);
        if (typed == null || typed.isBlank()) {
            throw new RejectedException(Rejection.InvalidInput.of(KeyQuestionBody.VERSION, "Give the version of the "
                    + "key question you read as ?version=, so that a change made meanwhile by someone else is not "
                    + "lost"));
        }
        manage.remove(actor, id, StaffRejections.version(typed)).orElseThrow();
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
