package org.bettercaretogether.web.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bettercaretogether.application.security.ManageApiTokens;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffForms;

/**
 * A member of staff's own API tokens, as pages: {@code GET/POST /staff/tokens}, {@code POST /staff/tokens/{id}/revoke}
 * (the staff API: {@link TokenApiRoutes}). A new token is shown once, in the answer that creates it; after that only
 * its label and dates.
 */
record TokenRoutes(ManageApiTokens tokens, Clock clock) implements Routes {

    static final String LABEL = "label";
    static final String LIFETIME = "lifetime-days";
    static final String REVOKED = "revoked";
    private static final Map<String, String> FIELDS = Map.of("label", LABEL, "lifetime", LIFETIME);

    @Override
    public void register(RoutesConfig routes) {
        routes.get(TokenJson.PAGES, ctx -> render(ctx, "", "", FormErrors.none()));
        routes.post(TokenJson.PAGES, this::create);
        routes.post(TokenJson.PAGES + "/{id}/revoke", this::revoke);
    }

    private void create(Context ctx) {
        String label = Requests.field(ctx, LABEL);
        String days = Requests.field(ctx, LIFETIME);
        var errors = FormErrors.builder();
        if (label.isEmpty()) {
            errors.add(LABEL, "Enter a label, so you know what the token is for");
        }
        Optional<Duration> lifetime = Optional.empty();
        if (!days.isEmpty()) {
            lifetime = days(days);
            if (lifetime.isEmpty()) {
                errors.add(LIFETIME, "Lifetime must be a whole number of days, like 30");
            }
        }
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, label, days, errors.build());
            return;
        }
        StaffForms.answerWith(ctx, tokens.issue(StaffAccess.actor(ctx), label, lifetime),
                issued -> ctx.render("staff/token-issued.jte", Map.of("issued",
                        new IssuedTokenPage(issued.token(), TokenJson.of(issued.details(), clock.instant())))),
                refused -> render(ctx, label, days, FormErrors.of(refused, FIELDS, LABEL)));
    }

    private void revoke(Context ctx) {
        tokens.revoke(StaffAccess.actor(ctx), tokenId(ctx)).orElseThrow();
        ctx.redirect(TokenJson.PAGES + "?" + REVOKED, HttpStatus.SEE_OTHER);
    }

    /** The tokens of {@code actor}, as shown now. */
    static List<TokenJson> mine(ManageApiTokens tokens, Clock clock, Actor actor) {
        var now = clock.instant();
        return tokens.mine(actor).stream().map(token -> TokenJson.of(token, now)).toList();
    }

    private void render(Context ctx, String label, String days, FormErrors errors) {
        String notice = ctx.queryParamMap().containsKey(REVOKED) ? "The token has been revoked. It no longer works." : null;
        ctx.render("staff/tokens.jte", Map.of("form",
                new TokensPage(mine(tokens, clock, StaffAccess.actor(ctx)), label, days, errors, notice)));
    }

    /** A whole number of days, 1 or more; the application says how many at most. */
    static Optional<Duration> days(String text) {
        if (!text.matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        int days = Integer.parseInt(text);
        return days >= 1 ? Optional.of(Duration.ofDays(days)) : Optional.empty();
    }

    static UUID tokenId(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("id", "must be a UUID");
        }
    }
}
