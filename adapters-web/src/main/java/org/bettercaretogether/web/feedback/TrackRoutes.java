package org.bettercaretogether.web.feedback;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.bettercaretogether.application.feedback.TrackFeedback;
import org.bettercaretogether.application.feedback.TrackedView;
import org.bettercaretogether.web.platform.ClientConnection;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.PrivateAddresses;
import org.bettercaretogether.web.platform.Routes;

/**
 * Following a view by its private link: {@code GET /track/{token}} (with {@code ?new=1} when the form has just sent
 * it, to confirm it was received), and in the API {@code GET /api/v1/track/{token}} ({@link FeedbackApiRoutes}). A
 * token that matches no view is 404.
 *
 * <p>The token is the only key to the page, so every answer under these addresses, errors included, is kept out of
 * caches ({@code Cache-Control: no-store}), out of search engines ({@code X-Robots-Tag: noindex}, and the page's
 * own robots meta tag) and out of the {@code Referer} of the links it holds to other sites
 * ({@code Referrer-Policy: same-origin});
 * the error handling logs these paths without the token ({@link PrivateAddresses}).
 */
record TrackRoutes(TrackFeedback track) implements Routes {

    static final String NEW = "new";
    private static final String TEMPLATE = "feedback/track.jte";

    /** The private tracking page of the view with {@code token}. */
    static String page(String token) {
        return PrivateAddresses.TRACKING_PAGES + "/" + token;
    }

    /** Where the form sends a person whose view was just received. */
    static String confirmation(String token) {
        return page(token) + "?" + NEW + "=1";
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PrivateAddresses.TRACKING_PAGES + "/{token}", this::trackPage);
    }

    private void trackPage(Context ctx) {
        String token = ctx.pathParam("token");
        TrackedView view = tracked(track, token);
        ctx.render(TEMPLATE, Map.of("track", TrackPage.of(view, ctx.queryParam(NEW) != null,
                ClientConnection.of(ctx).origin() + page(token))));
    }

    /** The view with the tracking link {@code token}; 404 when there is none. */
    static TrackedView tracked(TrackFeedback track, String token) {
        return HttpProblem.found(track.track(token),
                "No view has this tracking link. Check you copied the whole link from your confirmation.");
    }
}
