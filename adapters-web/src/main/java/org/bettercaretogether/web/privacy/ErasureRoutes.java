package org.bettercaretogether.web.privacy;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.privacy.EraseContributorData;
import org.bettercaretogether.application.privacy.ErasureReport;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffForms;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Administrators erase everything held about a person on request, found by the reference of one of their views, their
 * email address or their telephone number:
 * {@code GET /staff/erasure}: the request; {@code POST /staff/erasure}: what will be erased and what is kept, to
 * confirm; {@code POST /staff/erasure/confirm}: the erasure, back to the request page with what was erased.
 * The staff API erases in JSON ({@link ErasureApiRoutes}).
 * {@link EraseContributorData} decides who may (administrators), and records each erasure in the audit log.
 */
record ErasureRoutes(EraseContributorData erase) implements Routes {

    /** The counts of what was erased, carried to the request page in its address. */
    private static final List<String> COUNTS = List.of("views", "registrations", "messages", "copies",
            "suggestions", "updates");

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PrivacyAddresses.ERASURE, this::requestForm);
        routes.post(PrivacyAddresses.ERASURE, this::confirmForm);
        routes.post(PrivacyAddresses.ERASURE_CONFIRM, this::erase);
    }

    private void requestForm(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        renderRequest(ctx, asked(null, null, null), FormErrors.none(), notice(ctx));
    }

    private void confirmForm(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        PersonAsked typed = typed(ctx);
        StaffForms.answerWith(ctx, PersonAsked.given(typed.reference(), typed.email(), typed.phone(), true),
                asked -> ctx.render("privacy/erasure-confirm.jte", Map.of("confirm", new ErasurePages.Confirm(asked))),
                refused -> renderRequest(ctx, typed, errors(typed, refused), null), Rejection.NotFound.class);
    }

    private void erase(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        PersonAsked typed = typed(ctx);
        StaffForms.answer(ctx, PersonAsked.given(typed.reference(), typed.email(), typed.phone(), true)
                        .flatMap(asked -> erased(erase, actor, asked)),
                report -> PrivacyAddresses.ERASURE + "?views=" + report.views() + "&registrations="
                        + report.registrations() + "&messages=" + report.messages() + "&copies=" + report.sentCopies()
                        + "&suggestions=" + report.projectSuggestions() + "&updates=" + report.consultationUpdates(),
                refused -> renderRequest(ctx, typed, errors(typed, refused), null), Rejection.NotFound.class);
    }

    static Outcome<ErasureReport> erased(EraseContributorData erase, Actor actor, PersonAsked asked) {
        return asked.viewReference().map(reference -> erase.eraseByReference(actor, reference))
                .orElseGet(() -> erase.erase(actor, asked.subject().orElseThrow()));
    }

    /** What the form sent, as typed. */
    private static PersonAsked typed(Context ctx) {
        return asked(Requests.field(ctx, PersonAsked.REFERENCE), Requests.field(ctx, PersonAsked.EMAIL),
                Requests.field(ctx, PersonAsked.PHONE));
    }

    private static PersonAsked asked(String reference, String email, String phone) {
        return new PersonAsked(reference == null ? "" : reference, email == null ? "" : email,
                phone == null ? "" : phone);
    }

    /** What an erasure just did, from the counts in the address; none when they are not there or not counts. */
    private static String notice(Context ctx) {
        int[] counts = new int[COUNTS.size()];
        for (int i = 0; i < counts.length; i++) {
            String count = ctx.queryParam(COUNTS.get(i));
            if (count == null || !count.matches("[0-9]{1,6}")) {
                return null;
            }
            counts[i] = Integer.parseInt(count);
        }
        return ErasurePages.erased(new ErasureReport(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]));
    }

    /** What was wrong with the request, or the news that no view has that reference. */
    private static FormErrors errors(PersonAsked typed, Rejection rejection) {
        return rejection instanceof Rejection.NotFound
                ? new FormErrors(List.of(new FieldError(PersonAsked.REFERENCE, "There is no view with the reference "
                        + typed.reference().strip().toUpperCase(Locale.ROOT))))
                : FormErrors.of(rejection, PersonAsked.FIELDS, PersonAsked.REFERENCE);
    }

    private static void renderRequest(Context ctx, PersonAsked typed, FormErrors errors, String notice) {
        ctx.render("privacy/erasure.jte", Map.of("erasure", new ErasurePages.Request(typed.reference(), typed.email(),
                typed.phone(), errors, notice)));
    }
}
