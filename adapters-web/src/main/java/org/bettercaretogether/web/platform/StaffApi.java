package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.UnaryOperator;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;

/**
 * How the staff API takes a change sent as JSON, in one place for every record staff keep: the body is read as its
 * type, its fields are checked into a new {@link FieldChecks} and handed to the use case, and what the use case answers
 * is the record the handler writes back; a refusal, its problems worded in the request's own words, is thrown for the
 * error handling to answer (422, 409, 403, 404, see {@link StaffRejections}):
 *
 * <pre>{@code
 * Actor actor = StaffAccess.engagementOfficer(ctx);
 * KeyQuestion added = StaffApi.changed(ctx, KeyQuestionBody.class,
 *         (body, checks) -> body.draft(checks).flatMap(draft -> manage.add(actor, draft)));
 * StaffApi.created(ctx, API + "/" + added.id(), StaffKeyQuestionJson.of(added));
 * }</pre>
 *
 * The member of staff is let in before (a 403 comes before any problem of the body), and the address read before too.
 */
public final class StaffApi {

    private StaffApi() {
    }

    /** A change to make from a body of type {@code B}: its fields checked into {@code checks}, then the use case. */
    @FunctionalInterface
    public interface Change<B, T> {

        Outcome<T> apply(B body, FieldChecks checks);
    }

    /** The record as changed by {@code change} from the request's body; a refusal is thrown as the use case worded it. */
    public static <B, T> T changed(Context ctx, Class<B> type, Change<B, T> change) {
        return changed(ctx, type, UnaryOperator.identity(), change);
    }

    /** As {@link #changed(Context, Class, Change)}, a refusal worded by {@code wording} (see {@link #reworded}). */
    public static <B, T> T changed(Context ctx, Class<B> type, UnaryOperator<Rejection> wording, Change<B, T> change) {
        B body = Requests.body(ctx, type);
        return StaffRejections.answer(change.apply(body, new FieldChecks()), wording);
    }

    /** The problems of a refusal against the request's fields, as {@link StaffRejections#reworded} words them. */
    public static UnaryOperator<Rejection> reworded(FieldChecks.Field... fields) {
        return rejection -> StaffRejections.reworded(rejection, fields);
    }

    /** 201 Created: the record made, at {@code location}. */
    public static void created(Context ctx, String location, Object json) {
        ctx.status(HttpStatus.CREATED).header("Location", location).json(json);
    }
}
