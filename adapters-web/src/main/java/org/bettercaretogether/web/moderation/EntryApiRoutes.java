package org.bettercaretogether.web.moderation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import org.bettercaretogether.application.feedback.EnterFeedback;
import org.bettercaretogether.application.feedback.EnteredView;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;

import static org.bettercaretogether.web.moderation.EntryRoutes.ENTERING;
import static org.bettercaretogether.web.moderation.EntryRoutes.enterAll;
import static org.bettercaretogether.web.moderation.EntryRoutes.read;

/**
 * Staff enter views that did not come in online in the staff API (moderators, engagement officers and
 * administrators), as by the forms ({@link EntryRoutes}):
 * <ul>
 *   <li>{@code POST /api/v1/staff/feedback}: one view, as JSON ({@link ViewEntry}), answered 201 with its reference;
 *       a view given at one of the programme's public meetings names it by id: a meeting that is unknown, or named
 *       for a view that did not come in at a meeting, is a problem of the field {@code meeting} (422);</li>
 *   <li>{@code POST /api/v1/staff/feedback/import}: a CSV file of views as a {@code text/csv} body, answered 201 with
 *       the references; a file is entered whole or not at all, every problem of every row listed.</li>
 * </ul>
 */
record EntryApiRoutes(EnterFeedback enter) implements Routes {

    /** What the staff API answers for views entered: their references, in the order given. */
    public record Entered(int entered, List<String> references) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(ModerationAddresses.API, this::enterFromJson);
        routes.post(ModerationAddresses.API_IMPORT, this::importFromCsv);
    }

    private void enterFromJson(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, ENTERING);
        ViewEntry entry = Requests.body(ctx, ViewEntry.class);
        FieldChecks problems = new FieldChecks();
        EnteredView view = entry.read(problems).orElseThrow(() ->
                new RejectedException(new Rejection.InvalidInput(problems.problems())));
        FeedbackReference reference = renamed(enter.enter(actor, view)).orElseThrow();
        ctx.status(HttpStatus.CREATED).json(new Entered(1, List.of(reference.value())));
    }

    /** The use case names an unknown community by its kind; the body names it {@code slug}. */
    private static <T> Outcome<T> renamed(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> done -> done;
            case Outcome.Rejected<T>(Rejection rejection) ->
                    Outcome.rejected(FieldChecks.renamed(rejection, ViewEntry.USE_CASE_FIELDS));
        };
    }

    private void importFromCsv(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, ENTERING);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/csv")) {
            throw HttpProblem.of(415, "Send the file as the request body, with Content-Type: text/csv "
                    + "(UTF-8, a header row, one view a row).", List.of());
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > CsvImport.MAXIMUM_BYTES) {
            throw tooLarge();
        }
        byte[] body = read(ctx.bodyInputStream(), CsvImport.MAXIMUM_BYTES);
        if (body.length > CsvImport.MAXIMUM_BYTES) {
            throw tooLarge();
        }
        List<FeedbackReference> references = enterAll(enter, actor, body).orElseThrow();
        ctx.status(HttpStatus.CREATED).json(new Entered(references.size(),
                references.stream().map(FeedbackReference::value).toList()));
    }

    private static HttpProblem tooLarge() {
        return HttpProblem.of(413, "The file must be smaller than 2 MB: split it into smaller files.", List.of());
    }
}
