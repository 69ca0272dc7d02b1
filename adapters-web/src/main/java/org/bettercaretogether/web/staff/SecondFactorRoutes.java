package org.bettercaretogether.web.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.bettercaretogether.application.security.ProveSecondFactor;
import org.bettercaretogether.application.security.SetUpSecondFactor;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffForms;

/**
 * The second factor on the staff pages: {@code GET/POST /staff/sign-in/code}, the second step of signing in, and
 * {@code GET/POST /staff/second-factor}, setting up an authenticator app (from a QR code, or the secret typed) and
 * then seeing the recovery codes once; {@code POST /staff/second-factor/recovery-codes} makes new ones. The first two
 * start a new session when they succeed, whose cookie is set here.
 */
record SecondFactorRoutes(ProveSecondFactor prove, SetUpSecondFactor setUp) implements Routes {

    static final String CODE = "code";
    static final String RECOVERY_CODES = StaffAccess.SECOND_FACTOR + "/recovery-codes";
    private static final Map<String, String> FIELDS = Map.of(CODE, CODE);
    private static final int QR_PIXELS = 200;

    @Override
    public void register(RoutesConfig routes) {
        routes.get(StaffAccess.SIGN_IN_CODE, this::codeForm);
        routes.post(StaffAccess.SIGN_IN_CODE, this::proveCode);
        routes.get(StaffAccess.SECOND_FACTOR, ctx -> renderSetUp(ctx, FormErrors.none()));
        routes.post(StaffAccess.SECOND_FACTOR, this::confirm);
        routes.post(RECOVERY_CODES, ctx -> ctx.render("staff/recovery-codes.jte", Map.of("codes",
                new RecoveryCodesPage(setUp.newRecoveryCodes(StaffAccess.actor(ctx)).orElseThrow(), false))));
    }

    /** Someone signed in fully has no code to give: they go home. */
    private static boolean alreadyIn(Context ctx) {
        if (StaffAccess.staff(ctx).stage() == SessionStage.AWAITING_CODE) {
            return false;
        }
        ctx.redirect(StaffAccess.PAGES, HttpStatus.SEE_OTHER);
        return true;
    }

    private void codeForm(Context ctx) {
        if (!alreadyIn(ctx)) {
            ctx.render("staff/sign-in-code.jte", Map.of("form", new SignInCodePage(FormErrors.none())));
        }
    }

    private void proveCode(Context ctx) {
        if (alreadyIn(ctx)) {
            return;
        }
        String code = Requests.field(ctx, CODE);
        if (code.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            ctx.render("staff/sign-in-code.jte", Map.of("form", new SignInCodePage(
                    FormErrors.builder().add(CODE, "Enter the code from your authenticator app").build())));
            return;
        }
        String session = StaffCookies.session(ctx).orElse("");
        StaffForms.answerWith(ctx, prove.prove(session, code), signedIn -> {
            StaffCookies.startSession(ctx, signedIn.sessionToken());
            ctx.redirect(SignInRoutes.nextPage(signedIn), HttpStatus.SEE_OTHER);
        }, refused -> ctx.render("staff/sign-in-code.jte", Map.of("form",
                new SignInCodePage(FormErrors.of(refused, FIELDS, CODE)))),
                Rejection.NotSignedIn.class, Rejection.Throttled.class);
    }

    private void confirm(Context ctx) {
        String code = Requests.field(ctx, CODE);
        if (code.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderSetUp(ctx, FormErrors.builder().add(CODE, "Enter the code your authenticator app shows").build());
            return;
        }
        String session = StaffCookies.session(ctx).orElse("");
        StaffForms.answerWith(ctx, setUp.confirm(StaffAccess.actor(ctx), session, code), done -> {
            StaffCookies.startSession(ctx, done.signedIn().sessionToken());
            ctx.render("staff/recovery-codes.jte", Map.of("codes", new RecoveryCodesPage(done.recoveryCodes(), true)));
        }, refused -> renderSetUp(ctx, FormErrors.of(refused, FIELDS, CODE)));
    }

    private void renderSetUp(Context ctx, FormErrors errors) {
        var staff = StaffAccess.staff(ctx);
        SetUpSecondFactor.Enrolment enrolment = setUp.begin(staff.actor());
        String qr = enrolment.alreadySetUp() ? ""
                : QrCode.svg(enrolment.enrolmentUri(), QR_PIXELS, "QR code to scan with your authenticator app");
        ctx.render("staff/second-factor.jte", Map.of("form",
                new SecondFactorPage(enrolment, qr, staff.member().needsSecondFactor(), errors)));
    }
}
