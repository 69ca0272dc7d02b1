package org.bettercaretogether.web.mail;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.bettercaretogether.application.mail.ManageUndeliveredMail;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.Paging;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;

/**
 * Undelivered mail in the staff API (administrators), as the page shows it ({@link UndeliveredMailRoutes}):
 * {@code GET /api/v1/staff/undelivered-mail[?cursor=...&limit=...]}, and
 * {@code POST /api/v1/staff/undelivered-mail/{id}/send-again}, answered 204 once the message is back in the outbox.
 * {@link ManageUndeliveredMail} decides who may, refuses a cursor it did not give or a limit out of range (422), and
 * records each message sent again in the audit log.
 */
record UndeliveredMailApiRoutes(ManageUndeliveredMail undelivered) implements Routes {

    static final String API = StaffAddresses.API + "/undelivered-mail";
    static final int DEFAULT_LIMIT = 50;

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::list);
        routes.post(API + "/{id}/send-again", this::sendAgain);
    }

    private void list(Context ctx) {
        int limit = Paging.limit(ctx, DEFAULT_LIMIT);
        ctx.json(UndeliveredMailJson.of(undelivered.undelivered(StaffAccess.actor(ctx), Paging.cursor(ctx), limit)
                .orElseThrow()));
    }

    private void sendAgain(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        undelivered.sendAgain(actor, UndeliveredMailRoutes.messageId(ctx)).orElseThrow();
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
