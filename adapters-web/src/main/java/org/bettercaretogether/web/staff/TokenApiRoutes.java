package org.bettercaretogether.web.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bettercaretogether.application.security.IssuedToken;
import org.bettercaretogether.application.security.ManageApiTokens;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.HttpProblem;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;

import static org.bettercaretogether.web.staff.TokenRoutes.days;
import static org.bettercaretogether.web.staff.TokenRoutes.mine;
import static org.bettercaretogether.web.staff.TokenRoutes.tokenId;

/**
 * A member of staff's own API tokens in the staff API, as on the pages ({@link TokenRoutes}):
 * {@code GET/POST /api/v1/staff/tokens}, {@code DELETE /api/v1/staff/tokens/{id}}. A new token is shown once, in the
 * answer that creates it; after that only its label and dates.
 */
record TokenApiRoutes(ManageApiTokens tokens, Clock clock) implements Routes {

    @Override
    public void register(RoutesConfig routes) {
        routes.get(TokenJson.API, this::list);
        routes.post(TokenJson.API, this::issue);
        routes.delete(TokenJson.API + "/{id}", this::delete);
    }

    private void list(Context ctx) {
        ctx.json(Items.of(mine(tokens, clock, StaffAccess.actor(ctx))));
    }

    private void issue(Context ctx) {
        TokenJson.NewToken request = Requests.body(ctx, TokenJson.NewToken.class);
        if (request == null || request.label() == null || request.label().isBlank()) {
            throw HttpProblem.invalidFields(List.of(new FieldError("label", "label is required")));
        }
        Optional<Duration> lifetime = Optional.empty();
        if (request.lifetimeDays() != null) {
            lifetime = days(request.lifetimeDays().toString());
            if (lifetime.isEmpty()) {
                throw HttpProblem.invalidFields(List.of(new FieldError("lifetimeDays",
                        "lifetimeDays must be a whole number of days, 1 or more")));
            }
        }
        // Made with the token the request came with (the staff gate let it in): the new one lasts no longer.
        IssuedToken issued = tokens.issueWith(StaffGate.bearerToken(ctx.header("Authorization")),
                request.label().strip(), lifetime).orElseThrow();
        ctx.status(HttpStatus.CREATED).json(TokenJson.Issued.of(issued.token(),
                TokenJson.of(issued.details(), clock.instant())));
    }

    private void delete(Context ctx) {
        tokens.revoke(StaffAccess.actor(ctx), tokenId(ctx)).orElseThrow();
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
