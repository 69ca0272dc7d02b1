package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The guard of the public forms, which have no account or session to protect and so no CSRF token: a browser that
 * says where a form comes from ({@code Origin}, {@code Sec-Fetch-Site}) must say it comes from this service, else
 * 403 and nothing changes. The staff gate makes the same check, and asks for a CSRF token besides.
 */
public final class OwnOrigin {

    private OwnOrigin() {
    }

    /**
     * Refuses (403, with {@code detail}) a form a browser says came from another site.
     *
     * <p>A browser sends {@code Origin: null} when a page's referrer policy withholds its address (a private page
     * under {@code no-referrer}, or a person's own privacy settings); its fetch metadata, which no page can set, then
     * still says whether the form came from this origin.
     */
    public static void require(Context ctx, String detail) {
        String origin = ctx.header("Origin");
        String site = ctx.header("Sec-Fetch-Site");
        boolean withheldButSameOrigin = "null".equals(origin) && "same-origin".equalsIgnoreCase(site);
        boolean foreignOrigin = origin != null && !withheldButSameOrigin
                && !origin.toLowerCase(Locale.ROOT).equals(ClientConnection.of(ctx).origin());
        boolean crossSite = site != null && site.equalsIgnoreCase("cross-site");
        if (foreignOrigin || crossSite) {
            throw HttpProblem.forbidden(detail);
        }
    }
}
