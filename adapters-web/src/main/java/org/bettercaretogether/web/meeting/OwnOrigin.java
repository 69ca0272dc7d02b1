package org.bettercaretogether.web.meeting;

import io.javalin.http.Context;
import java.util.Locale;
import org.bettercaretogether.web.platform.ClientConnection;
import org.bettercaretogether.web.platform.HttpProblem;

/**
 * The public forms here have no account or session to protect, so no CSRF token: a browser that says where a form
 * comes from ({@code Origin}, {@code Sec-Fetch-Site}) must say it comes from this service, else 403 and nothing
 * changes. (The same rule as the "Share your view" form.)
 */
final class OwnOrigin {

    private OwnOrigin() {
    }

    static void require(Context ctx, String formPage) {
        String origin = ctx.header("Origin");
        String site = ctx.header("Sec-Fetch-Site");
        boolean foreignOrigin = origin != null
                && !origin.toLowerCase(Locale.ROOT).equals(ClientConnection.of(ctx).origin());
        boolean crossSite = site != null && site.equalsIgnoreCase("cross-site");
        if (foreignOrigin || crossSite) {
            throw HttpProblem.forbidden("The form did not come from this service. Go to " + formPage
                    + " on this service and use the form there.");
        }
    }
}
