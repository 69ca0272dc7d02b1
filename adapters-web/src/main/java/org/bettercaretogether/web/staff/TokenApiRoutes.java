package org.bettercaretogether.web.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import org.bettercaretogether.application.security.ManageApiTokens;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;

import static org.bettercaretogether.web.staff.TokenRoutes.mine;
import static org.bettercaretogether.web.staff.TokenRoutes.tokenId;

/**
 * A member of staff's own API tokens in the staff API, as on the pages ({@link TokenRoutes}):
 * {@code GET /api/v1/staff/tokens}, {@code DELETE /api/v1/staff/tokens/{id}}; {@code POST} is refused (403): tokens are
 * made on the staff pages only.
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

    /**
     * Refused: a token is made by a signed-in person on the staff pages, where the second factor was proved, never with
     * another token, so that a stolen token cannot make itself a successor.
     */
    private void issue(Context ctx) {
        throw new RejectedException(new Rejection.Forbidden("An API token cannot make API tokens. Sign in to the staff "
                + "pages and make one at " + TokenJson.PAGES + "."));
    }

    private void delete(Context ctx) {
        tokens.revoke(StaffAccess.actor(ctx), tokenId(ctx)).orElseThrow();
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
