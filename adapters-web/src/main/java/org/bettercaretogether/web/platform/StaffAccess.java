package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import java.util.Optional;
import org.bettercaretogether.application.security.SignedInStaff;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.domain.staff.Role;

/**
 * Who is asking, for the handlers of the staff side. The staff feature's gate answers every request under
 * {@value StaffAddresses#PAGES} and {@value StaffAddresses#API} before any handler runs: a request without a
 * live session (pages) or a valid Bearer token (API) never reaches one. A handler there therefore only asks:
 *
 * <pre>{@code
 * record AccountRoutes(ManageStaff staff) implements Routes {
 *     @Override public void register(RoutesConfig routes) {
 *         routes.get(StaffAccess.PAGES + "/accounts", this::page);          // a staff page: session cookie
 *         routes.post(StaffAccess.PAGES + "/accounts", this::create);       // a form: its csrf field is checked
 *     }
 *     private void page(Context ctx) {
 *         var accounts = staff.list(StaffAccess.actor(ctx)).orElseThrow();  // the application decides who may
 *         ctx.render("staff/accounts.jte", Map.of("accounts", accounts));
 *     }
 *     ...
 * }
 * }</pre>
 *
 * and {@code AccountApiRoutes} registers {@code StaffAccess.API + "/accounts"} the same way: the staff API, where the
 * Bearer token is checked.
 *
 * <p>What the gate guarantees, so handlers need not check it again:
 * <ul>
 *   <li>pages: the session is live and its second factor proved (else every page but the code's and sign-out
 *       redirects to the code's); the member of staff has no password to change (else every page but
 *       {@value #PASSWORD} and sign-out redirects there) and has set up the second factor their roles need (else
 *       every page but that one, the password's and sign-out redirects there); a POST, PUT, PATCH or DELETE carried the session's
 *       CSRF token in its {@code csrf} form field and, if the browser sent one, this service's {@code Origin};</li>
 *   <li>API: the request carried {@code Authorization: Bearer <token>} of a token that is neither expired nor
 *       revoked. Cookies are not read on the API, and Bearer tokens are not read on pages.</li>
 * </ul>
 * Whether the person may do the particular thing is the application's decision (its {@code AccessPolicy}):
 * pass {@link #actor(Context)} to the use case and let its {@code Forbidden} become a 403.
 *
 * <p>A staff page template gets the staff navigation automatically, and puts
 * {@code @template.staff.csrf(page = page)} inside every form that changes something.
 */
public final class StaffAccess {

    /** The staff pages. */
    public static final String PAGES = StaffAddresses.PAGES;

    /** The staff JSON API. */
    public static final String API = StaffAddresses.API;

    /** The sign-in page: the one staff page answered without a session. */
    public static final String SIGN_IN = PAGES + "/sign-in";

    /** Signing out: a POST with the CSRF token. */
    public static final String SIGN_OUT = PAGES + "/sign-out";

    /** Changing one's password: the one page open to someone who must change theirs. */
    public static final String PASSWORD = PAGES + "/password";

    /** The second step of signing in: the code of one's authenticator app. The one page a password alone opens. */
    public static final String SIGN_IN_CODE = SIGN_IN + "/code";

    /** Setting up one's authenticator app: the one page open to someone whose roles need one and who has none. */
    public static final String SECOND_FACTOR = PAGES + "/second-factor";

    /** The form field that carries the session's CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    private static final String ACTOR = StaffAccess.class.getName() + ".actor";
    private static final String STAFF = StaffAccess.class.getName() + ".staff";

    private StaffAccess() {
    }

    /** Lets the request act on behalf of {@code actor} (the staff API, once its token is checked). The gate only. */
    public static void admit(Context ctx, Actor actor) {
        ctx.attribute(ACTOR, actor);
    }

    /** Lets the request of a staff page act on behalf of {@code staff}, once its session is checked. The gate only. */
    public static void admit(Context ctx, SignedInStaff staff) {
        ctx.attribute(STAFF, staff);
        ctx.attribute(ACTOR, staff.actor());
    }

    /** The member of staff on whose behalf this request (a staff page or the staff API) acts. */
    public static Actor actor(Context ctx) {
        Actor actor = ctx.attribute(ACTOR);
        if (actor == null) {
            throw new IllegalStateException("No member of staff for " + ctx.path()
                    + ": StaffAccess answers only under " + PAGES + " and " + API + ", after the staff gate");
        }
        return actor;
    }

    /**
     * The member of staff on whose behalf this request acts, once the application's {@code AccessPolicy} agrees
     * they hold one of {@code roles}; otherwise its refusal, answered 403. For a handler that reads or checks
     * something before it calls the use case that would refuse the person (the empty form of an administrator's
     * page, say), so that someone who may not use the page gets neither its form nor its validation messages.
     */
    public static Actor actorHolding(Context ctx, Role... roles) {
        Actor actor = actor(ctx);
        AccessPolicy.requireAny(actor, roles).ifPresent(refused -> {
            throw new RejectedException(refused);
        });
        return actor;
    }

    /**
     * The member of staff, once they hold a role that keeps the programme's content (an engagement officer or an
     * administrator): {@link #actorHolding(Context, Role...)} for the pages and API of changes, meetings, key
     * questions, themes and a community's life.
     */
    public static Actor engagementOfficer(Context ctx) {
        return actorHolding(ctx, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    }

    /** The signed-in member of staff of this staff page, with their session's CSRF token. Pages only. */
    public static SignedInStaff staff(Context ctx) {
        return signedIn(ctx).orElseThrow(() -> new IllegalStateException("No signed-in member of staff for "
                + ctx.path() + ": StaffAccess.staff answers only on staff pages, after the staff gate"));
    }

    /** The signed-in member of staff, if this is a staff page with a live session. */
    static Optional<SignedInStaff> signedIn(Context ctx) {
        return Optional.ofNullable(ctx.attribute(STAFF));
    }
}
