package org.bettercaretogether.web.staff;

import io.javalin.http.Context;
import java.util.Optional;
import org.bettercaretogether.web.platform.ClientConnection;
import org.bettercaretogether.web.platform.Cookies;

/**
 * The staff side's two cookies, written by {@link Cookies}:
 * <ul>
 *   <li>the session: {@code __Host-bct-session} over HTTPS ({@code Secure}, {@code Path=/}, no
 *       {@code Domain}: the browser will only ever send it back to this very origin, over HTTPS, and no
 *       sibling domain or plain-HTTP page can plant one), {@code bct-session} over plain HTTP on a developer's
 *       machine; both {@code HttpOnly; SameSite=Lax}, and no {@code Max-Age}: the session's lifetime is kept
 *       on the server, which can end it;</li>
 *   <li>the sign-in form's double-submit token: {@code __Host-bct-sign-in-csrf} / {@code bct-sign-in-csrf},
 *       {@code HttpOnly; SameSite=Strict}.</li>
 * </ul>
 * Over HTTPS only the {@code __Host-} cookies are read, so a cookie planted over plain HTTP is ignored.
 */
final class StaffCookies {

    static final String SESSION = "bct-session";
    static final String SIGN_IN_CSRF = "bct-sign-in-csrf";
    static final String HOST_PREFIX = "__Host-";

    private StaffCookies() {
    }

    static Optional<String> session(Context ctx) {
        return read(ctx, SESSION);
    }

    static void startSession(Context ctx, String token) {
        Cookies.write(ctx, name(ctx, SESSION), token, "/", Optional.empty(), Cookies.LAX);
    }

    static void endSession(Context ctx) {
        Cookies.expire(ctx, name(ctx, SESSION), "/", Cookies.LAX);
    }

    static Optional<String> signInToken(Context ctx) {
        return read(ctx, SIGN_IN_CSRF);
    }

    static void giveSignInToken(Context ctx, String token) {
        Cookies.write(ctx, name(ctx, SIGN_IN_CSRF), token, "/", Optional.empty(), Cookies.STRICT);
    }

    static void dropSignInToken(Context ctx) {
        Cookies.expire(ctx, name(ctx, SIGN_IN_CSRF), "/", Cookies.STRICT);
    }

    /** The cookie's name as this request's scheme calls for. */
    static String name(Context ctx, String cookie) {
        return ClientConnection.of(ctx).https() ? HOST_PREFIX + cookie : cookie;
    }

    private static Optional<String> read(Context ctx, String cookie) {
        return Optional.ofNullable(ctx.cookie(name(ctx, cookie))).filter(value -> !value.isBlank());
    }
}
