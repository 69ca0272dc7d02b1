package org.bettercaretogether.web.meeting;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Map;
import org.bettercaretogether.application.meeting.RegisterForMeeting;
import org.bettercaretogether.application.meeting.RegistrationStanding;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.web.platform.ClientConnection;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.OwnOrigin;
import org.bettercaretogether.web.platform.PrivateAddresses;
import org.bettercaretogether.web.platform.Routes;

/**
 * A registration by its private link: {@code GET /meetings/registrations/{token}} (with {@code ?new=1} when the form
 * has just made it, to confirm it) and {@code POST /meetings/registrations/{token}/cancel}, which cancels it and
 * answers 303 back to the page. A token that matches no registration is 404.
 *
 * <p>The token is the only key to the page, so every answer under these addresses and under
 * {@code /api/v1/registrations/}, errors included, is kept out of caches ({@code Cache-Control: no-store}), out of
 * search engines ({@code X-Robots-Tag: noindex}, and the page's own robots meta tag) and out of the {@code Referer} of
 * the links it holds to other sites ({@code Referrer-Policy: same-origin}); the error handling logs these paths without the token
 * ({@link PrivateAddresses}).
 */
record RegistrationRoutes(RegisterForMeeting register, Clock clock) implements Routes {

    static final String NEW = "new";
    private static final String TEMPLATE = "meeting/registration.jte";

    /** The private page of the registration with {@code token}. */
    static String page(String token) {
        return PrivateAddresses.REGISTRATION_PAGES + "/" + token;
    }

    /** Where the form sends a person who has just registered. */
    static String confirmation(String token) {
        return page(token) + "?" + NEW + "=1";
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PrivateAddresses.REGISTRATION_PAGES + "/{token}", this::show);
        routes.post(PrivateAddresses.REGISTRATION_PAGES + "/{token}/cancel", this::cancel);
    }

    private void show(Context ctx) {
        String token = ctx.pathParam("token");
        RegistrationStanding view = standing(register.registration(token));
        ctx.render(TEMPLATE, Map.of("registration", RegistrationPage.of(view, clock.instant(),
                ctx.queryParam(NEW) != null, ClientConnection.of(ctx).origin() + page(token),
                page(token) + "/cancel")));
    }

    private void cancel(Context ctx) {
        String token = ctx.pathParam("token");
        OwnOrigin.require(ctx, MeetingRoutes.notFromHere("the page of your registration"));
        standing(register.cancel(token));
        ctx.redirect(page(token), HttpStatus.SEE_OTHER);
    }

    /** The registration; 404 when the token is not one. */
    static RegistrationStanding standing(Outcome<RegistrationStanding> outcome) {
        return HttpProblem.found(outcome,
                "No registration has this link. Check you copied the whole link from your confirmation.");
    }
}
