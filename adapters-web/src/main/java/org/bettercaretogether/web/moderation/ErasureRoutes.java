package org.bettercaretogether.web.moderation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bettercaretogether.application.feedback.EraseContributorData;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.StaffForms;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * Administrators erase a person's personal data on request, by the reference of one of their views or by their
 * email address:
 * {@code GET /staff/erasure}: the request; {@code POST /staff/erasure}: what will be erased and what is kept, to
 * confirm; {@code POST /staff/erasure/confirm}: the erasure, back to the request page with how many views were erased.
 * The staff API erases in JSON ({@link ErasureApiRoutes}).
 * {@link EraseContributorData} decides who may (administrators), and records each erasure in the audit log.
 */
record ErasureRoutes(EraseContributorData erase) implements Routes {

    static final String REFERENCE = "reference";
    static final String EMAIL = "email";
    private static final String ERASED = "erased";

    /** What is to be erased, and the body of {@code POST /api/v1/staff/erasure}: one of the two. */
    public record Erasure(String reference, String email) {

        @Override
        public String toString() {
            return "Erasure[" + (reference != null ? reference : "by email") + "]";
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ModerationAddresses.ERASURE, this::requestForm);
        routes.post(ModerationAddresses.ERASURE, this::confirmForm);
        routes.post(ModerationAddresses.ERASURE_CONFIRM, this::erase);
    }

    private void requestForm(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        String erased = ctx.queryParam(ERASED);
        String notice = erased != null && erased.matches("[0-9]{1,6}")
                ? "Personal data was erased from " + (erased.equals("1") ? "1 view." : erased + " views.") : null;
        renderRequest(ctx, "", "", FormErrors.none(), notice);
    }

    private void confirmForm(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        String reference = Requests.field(ctx, REFERENCE);
        String email = Requests.field(ctx, EMAIL);
        StaffForms.answerWith(ctx, given(reference, email), erasure -> ctx.render("moderation/erasure-confirm.jte",
                        Map.of("confirm", erasure.reference() != null
                                ? new ErasurePages.Confirm(REFERENCE, erasure.reference())
                                : new ErasurePages.Confirm(EMAIL, erasure.email()))),
                refused -> renderRequest(ctx, reference, email, errors(reference, refused), null),
                Rejection.NotFound.class);
    }

    private void erase(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        String reference = Requests.field(ctx, REFERENCE);
        String email = Requests.field(ctx, EMAIL);
        StaffForms.answer(ctx, given(reference, email).flatMap(erasure -> erased(erase, actor, erasure)),
                count -> ModerationAddresses.ERASURE + "?" + ERASED + "=" + count,
                refused -> renderRequest(ctx, reference, email, errors(reference, refused), null),
                Rejection.NotFound.class);
    }

    static Outcome<Integer> erased(EraseContributorData erase, Actor actor, Erasure erasure) {
        return erasure.reference() != null
                ? erase.eraseByReference(actor, new FeedbackReference(erasure.reference()))
                : erase.eraseByEmail(actor, new EmailAddress(erasure.email()));
    }

    /** One of a reference and an email address, each well formed (an email address as the domain keeps it). */
    static Outcome<Erasure> given(String reference, String email) {
        if (reference.isBlank() == email.isBlank()) {
            return Outcome.rejected(Rejection.InvalidInput.of(reference.isBlank() ? REFERENCE : EMAIL,
                    "Give either the reference of one of the person's views or their email address"));
        }
        try {
            return Outcome.done(reference.isBlank() ? new Erasure(null, new EmailAddress(email).value())
                    : new Erasure(new FeedbackReference(reference).value(), null));
        } catch (InvalidValueException broken) {
            return Outcome.rejected(Rejection.InvalidInput.of(broken));
        }
    }

    /** What was wrong with the request, or the news that no view has that reference. */
    private static FormErrors errors(String reference, Rejection rejection) {
        return rejection instanceof Rejection.NotFound
                ? new FormErrors(List.of(new FieldError(REFERENCE,
                        "There is no view with the reference " + reference.strip().toUpperCase(Locale.ROOT))))
                : FormErrors.of(rejection, Map.of(REFERENCE, REFERENCE, EMAIL, EMAIL), REFERENCE);
    }

    private static void renderRequest(Context ctx, String reference, String email, FormErrors errors, String notice) {
        ctx.render("moderation/erasure.jte", Map.of("erasure",
                new ErasurePages.Request(reference, email, errors, notice)));
    }

}
