package org.bettercaretogether.web.platform;

import io.javalin.http.Context;

import java.time.Duration;
import java.util.Optional;

/**
 * The site's cookies, written by hand so that every attribute is the one intended: always {@code HttpOnly} (no
 * script reads them) and with the {@code SameSite} given, {@code Secure} whenever the request came over HTTPS, kept
 * for {@code maxAge} or, without one, until the browser closes.
 */
public final class Cookies {

    /** {@code SameSite=Lax}: sent when following a link from another site, not with its forms. */
    public static final String LAX = "Lax";
    /** {@code SameSite=Strict}: never sent with a request that another site started. */
    public static final String STRICT = "Strict";

    private Cookies() {
    }

    /** Sets the cookie {@code name} to {@code value} for the addresses under {@code path}. */
    public static void write(Context ctx, String name, String value, String path, Optional<Duration> maxAge,
                             String sameSite) {
        StringBuilder header = new StringBuilder(name).append('=').append(value).append("; Path=").append(path);
        maxAge.ifPresent(age -> header.append("; Max-Age=").append(age.toSeconds()));
        if (ClientConnection.of(ctx).https()) {
            header.append("; Secure");
        }
        header.append("; HttpOnly; SameSite=").append(sameSite);
        ctx.res().addHeader("Set-Cookie", header.toString());
    }

    /** Ends the cookie {@code name} of the addresses under {@code path}. */
    public static void expire(Context ctx, String name, String path, String sameSite) {
        write(ctx, name, "", path, Optional.of(Duration.ZERO), sameSite);
    }
}
