package org.bettercaretogether.web.moderation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.feedback.EraseContributorData;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.moderation.ErasureRoutes.Erasure;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;

import static org.bettercaretogether.web.moderation.ErasureRoutes.erased;
import static org.bettercaretogether.web.moderation.ErasureRoutes.given;

/**
 * Administrators erase a person's personal data on request in the staff API, as by the pages ({@link ErasureRoutes}):
 * {@code POST /api/v1/staff/erasure} with {@code {"reference": "BCT-..."}} or {@code {"email": "..."}}, answered
 * {@code {"erased": 2}}. {@link EraseContributorData} decides who may (administrators), and records each erasure in the
 * audit log.
 */
record ErasureApiRoutes(EraseContributorData erase) implements Routes {

    /** How many views had personal data erased (none when it was erased before). */
    public record Erased(int erased) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(ModerationAddresses.API_ERASURE, this::eraseFromJson);
    }

    private void eraseFromJson(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        Erasure body = Requests.body(ctx, Erasure.class);
        Erasure erasure = given(orEmpty(body.reference()), orEmpty(body.email())).orElseThrow();
        ctx.json(new Erased(erased(erase, actor, erasure).orElseThrow()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
