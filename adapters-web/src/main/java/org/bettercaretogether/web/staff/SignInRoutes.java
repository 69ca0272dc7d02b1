package org.bettercaretogether.web.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.bettercaretogether.application.security.Authenticate;
import org.bettercaretogether.application.security.SignIn;
import org.bettercaretogether.application.security.SignOut;
import org.bettercaretogether.application.security.SignedIn;
import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.web.platform.ClientConnection;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.StaffForms;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * Signing in and out: {@code GET/POST /staff/sign-in} and {@code POST /staff/sign-out}.
 *
 * <p>Signing in always starts a new session, with a new token (any session the browser had is ended first),
 * and sends the person on ({@link #nextPage}): to the code of their authenticator app if they have one, to change
 * their password if they must, to set up an authenticator if their roles need one, else to the staff home. An unknown email address
 * and a wrong password are answered with the same page, the application's own words for both. Too many attempts
 * answer 429 with {@code Retry-After}, on the same form.
 *
 * <p>The form is protected against cross-site posting before anyone is signed in by a double-submit token: a
 * random value in a {@code SameSite=Strict} cookie, repeated in the form's hidden {@code csrf} field (the
 * {@link StaffGate} compares them).
 */
record SignInRoutes(SignIn signIn, SignOut signOut, Authenticate authenticate) implements Routes {

    static final String EMAIL = "email";
    static final String PASSWORD = "password";
    private static final String SIGNED_OUT = "signed-out";
    private static final String TEMPLATE = "staff/sign-in.jte";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(StaffAccess.SIGN_IN, this::form);
        routes.post(StaffAccess.SIGN_IN, this::signIn);
        routes.post(StaffAccess.SIGN_OUT, this::signOut);
    }

    private void form(Context ctx) {
        if (StaffCookies.session(ctx).flatMap(authenticate::session).isPresent()) {
            ctx.redirect(StaffAccess.PAGES, HttpStatus.SEE_OTHER);
            return;
        }
        String notice = ctx.queryParamMap().containsKey(SIGNED_OUT) ? "You have signed out." : null;
        render(ctx, "", FormErrors.none(), notice);
    }

    private void signIn(Context ctx) {
        String email = Requests.field(ctx, EMAIL);
        String password = ctx.formParam(PASSWORD) == null ? "" : ctx.formParam(PASSWORD);
        var errors = FormErrors.builder();
        if (email.isBlank()) {
            errors.add(EMAIL, "Enter your email address");
        }
        if (password.isEmpty()) {
            errors.add(PASSWORD, "Enter your password");
        }
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, email, errors.build(), null);
            return;
        }
        var outcome = signIn.signIn(email, password, ClientConnection.of(ctx).clientAddress());
        StaffForms.answerWith(ctx, outcome, signedIn -> {
            StaffCookies.session(ctx).ifPresent(signOut::signOut);
            StaffCookies.startSession(ctx, signedIn.sessionToken());
            StaffCookies.dropSignInToken(ctx);
            ctx.redirect(nextPage(signedIn), HttpStatus.SEE_OTHER);
        }, refused -> render(ctx, email, FormErrors.of(refused, Map.of(EMAIL, EMAIL, PASSWORD, PASSWORD), EMAIL), null),
                Rejection.NotSignedIn.class, Rejection.Throttled.class);
    }

    /** Where a session just started goes first: the second factor, a password to replace, or the staff home. */
    static String nextPage(SignedIn signedIn) {
        if (signedIn.stage() == SessionStage.AWAITING_CODE) {
            return StaffAccess.SIGN_IN_CODE;
        }
        if (signedIn.member().mustChangePassword()) {
            return StaffAccess.PASSWORD;
        }
        return signedIn.stage() == SessionStage.MUST_ENROL ? StaffAccess.SECOND_FACTOR : StaffAccess.PAGES;
    }

    private void signOut(Context ctx) {
        StaffCookies.session(ctx).ifPresent(signOut::signOut);
        StaffCookies.endSession(ctx);
        ctx.redirect(StaffAccess.SIGN_IN + "?" + SIGNED_OUT, HttpStatus.SEE_OTHER);
    }

    /** Shows the form, with the double-submit token this browser already has or a new one. */
    private static void render(Context ctx, String email, FormErrors errors, String notice) {
        String token = StaffCookies.signInToken(ctx).filter(SignInRoutes::wellFormed).orElseGet(() -> Secrets.token(""));
        StaffCookies.giveSignInToken(ctx, token);
        ctx.render(TEMPLATE, Map.of("form", new SignInPage(email, errors, notice, token)));
    }

    /** What {@code Secrets.token("")} makes: 43 URL-safe Base64 characters. Anything else is replaced. */
    private static boolean wellFormed(String token) {
        return token.matches("[A-Za-z0-9_-]{43}");
    }
}
