package org.bettercaretogether.web.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import org.bettercaretogether.application.security.Authenticate;
import org.bettercaretogether.application.security.SignedInStaff;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.OwnOrigin;
import org.bettercaretogether.web.platform.PageContext;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * The door to the staff side: one {@code before} handler that answers for every request under
 * {@value StaffAddresses#PAGES} and {@value StaffAddresses#API}, whichever route group declared the handler
 * behind it, so a staff route cannot be left open by forgetting to protect it. It decides by the path as sent,
 * the same path the router matches.
 *
 * <p><b>Staff pages.</b> The sign-in page is open; a form posted to it must carry the double-submit token of
 * its cookie (and this service's {@code Origin}, when the browser sends one). Every other page needs the
 * session cookie of a live session, else 303 to the sign-in page. A session opened by a password alone, waiting for
 * the second factor, reaches only {@value StaffAccess#SIGN_IN_CODE} and signing out (303 there from anywhere else);
 * a session of someone whose roles need a second factor they have not set up reaches only
 * {@value StaffAccess#SECOND_FACTOR}, the password page and signing out. A POST, PUT, PATCH or DELETE must carry
 * the session's CSRF token in its {@code csrf} field (compared in constant time) and, when the browser sends
 * one, this service's {@code Origin}, else 403 and nothing runs. Someone who must change their password is
 * sent (303) to {@value StaffAccess#PASSWORD} from every page but that one and signing out. Bearer tokens are
 * not read here.
 *
 * <p><b>Staff API.</b> Every request needs {@code Authorization: Bearer <token>} of a usable API token, else
 * 401 with {@code WWW-Authenticate: Bearer}. Cookies are not read here, so a browser cannot be made to call the
 * API on its user's behalf.
 *
 * <p>What it learns it leaves for {@link StaffAccess}, and on pages for the layout's staff navigation.
 */
final class StaffGate implements Routes {

    private static final String BEARER = "bearer ";

    static final String STALE_FORM = "The form has expired or did not come from this service. "
            + "Go back, refresh the page and try again.";

    private final Authenticate authenticate;

    StaffGate(Authenticate authenticate) {
        this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(this::guard);
    }

    private void guard(Context ctx) {
        String path = ctx.path();
        if (StaffAddresses.isStaffApi(path)) {
            guardApi(ctx);
        } else if (StaffAddresses.isStaffPage(path)) {
            guardPage(ctx, route(path));
        }
    }

    private void guardApi(Context ctx) {
        String token = bearerToken(ctx.header("Authorization"));
        if (token == null) {
            throw notSignedIn("Send an API token in the Authorization header: Bearer followed by the token.");
        }
        Actor actor = authenticate.apiToken(token).orElseThrow(() ->
                notSignedIn("The API token is not valid. It may have expired or been revoked."));
        StaffAccess.admit(ctx, actor);
    }

    private void guardPage(Context ctx, String route) {
        boolean changing = Requests.changesState(ctx);
        if (route.equals(StaffAccess.SIGN_IN)) {
            if (changing) {
                OwnOrigin.require(ctx, STALE_FORM);
                requireToken(ctx, StaffCookies.signInToken(ctx));
            }
            return;
        }
        Optional<SignedInStaff> session = StaffCookies.session(ctx).flatMap(authenticate::session);
        if (session.isEmpty()) {
            redirect(ctx, StaffAccess.SIGN_IN);
            return;
        }
        SignedInStaff staff = session.get();
        if (changing) {
            OwnOrigin.require(ctx, STALE_FORM);
            requireToken(ctx, Optional.of(staff.csrfToken()));
        }
        StaffAccess.admit(ctx, staff);
        ctx.attribute(PageContext.STAFF_NAVIGATION, StaffSections.navigation(staff));
        if (staff.stage() == SessionStage.AWAITING_CODE) {
            // A password alone opens the code's page and nothing else.
            if (!route.equals(StaffAccess.SIGN_IN_CODE) && !route.equals(StaffAccess.SIGN_OUT)) {
                redirect(ctx, StaffAccess.SIGN_IN_CODE);
            }
            return;
        }
        boolean leaving = route.equals(StaffAccess.SIGN_OUT);
        if (staff.mustChangePassword() && !route.equals(StaffAccess.PASSWORD) && !leaving) {
            redirect(ctx, StaffAccess.PASSWORD);
        } else if (staff.stage() == SessionStage.MUST_ENROL && !staff.mustChangePassword()
                && !route.equals(StaffAccess.SECOND_FACTOR) && !route.equals(StaffAccess.PASSWORD) && !leaving) {
            redirect(ctx, StaffAccess.SECOND_FACTOR);
        }
    }

    /** The form's {@code csrf} field must be the expected token. */
    private static void requireToken(Context ctx, Optional<String> expected) {
        String given = ctx.formParam(StaffAccess.CSRF_FIELD);
        if (expected.isEmpty() || given == null || given.isEmpty() || !Secrets.sameSecret(expected.get(), given)) {
            throw HttpProblem.forbidden(STALE_FORM);
        }
    }

    private static void redirect(Context ctx, String location) {
        ctx.redirect(location, HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    /** The token of an {@code Authorization: Bearer <token>} header (the scheme in any case), or null. */
    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() || token.contains(" ") ? null : token;
    }

    /** The path as routed: the router ignores one trailing slash. */
    private static String route(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static RejectedException notSignedIn(String message) {
        return new RejectedException(new Rejection.NotSignedIn(message));
    }
}
