package org.bettercaretogether.web.mail;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bettercaretogether.application.mail.ManageUndeliveredMail;
import org.bettercaretogether.application.mail.UndeliveredMail;
import org.bettercaretogether.application.mail.UndeliveredPage;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.Paging;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;

/**
 * Administrators see the mail the outbox gave up on, and send a message again: {@code GET /staff/undelivered-mail
 * [?cursor=...]}, the messages given up on last first, each with a button that posts
 * {@code POST /staff/undelivered-mail/{id}/send-again} and comes back to the list saying so. The staff API does the
 * same in JSON ({@link UndeliveredMailApiRoutes}). {@link ManageUndeliveredMail} decides who may (administrators),
 * refuses a cursor it did not give (422), and records each message sent again in the audit log; a message that is no
 * longer undelivered (sent again by someone else meanwhile, say) answers the not-found page.
 */
record UndeliveredMailRoutes(ManageUndeliveredMail undelivered) implements Routes {

    static final String PAGE = StaffAddresses.PAGES + "/undelivered-mail";
    static final int PAGE_SIZE = 50;
    private static final String SENT_AGAIN = "sent-again";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, this::page);
        routes.post(PAGE + "/{id}/send-again", this::sendAgain);
    }

    private void page(Context ctx) {
        Actor actor = StaffAccess.actor(ctx);
        Optional<String> cursor = Paging.cursor(ctx);
        UndeliveredPage page = undelivered.undelivered(actor, cursor, PAGE_SIZE).orElseThrow();
        String notice = ctx.queryParamMap().containsKey(SENT_AGAIN)
                ? "The message is back in the outbox and will be sent within a minute." : null;
        ctx.render("mail/undelivered.jte", Map.of("undelivered", new UndeliveredMailPage(
                page.messages().stream().map(UndeliveredMailRoutes::row).toList(), notice,
                Paging.next(PAGE, page.next()), Paging.first(PAGE, cursor))));
    }

    private void sendAgain(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        undelivered.sendAgain(actor, messageId(ctx)).orElseThrow();
        ctx.redirect(PAGE + "?" + SENT_AGAIN, HttpStatus.SEE_OTHER);
    }

    private static UndeliveredMailPage.Row row(UndeliveredMail mail) {
        return new UndeliveredMailPage.Row(Formats.dateTime(mail.givenUpAt()), Formats.dateTime(mail.createdAt()),
                mail.to().value(), mail.subject(), mail.attempts(), mail.reason(),
                PAGE + "/" + mail.id() + "/send-again");
    }

    /** The message's id in the path; anything else names no message (404). */
    static UUID messageId(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new RejectedException(new Rejection.NotFound("undelivered message", id));
        }
    }
}
