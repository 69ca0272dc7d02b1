package org.bettercaretogether.web.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;

import static org.bettercaretogether.web.staff.StaffHomeRoutes.partnerName;

/** Who is signed in, in the staff API: {@code GET /api/v1/staff/me}, as the staff home page says it. */
record StaffHomeApiRoutes(BrowseDirectory directory) implements Routes {

    static final String ME = StaffAccess.API + "/me";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ME, this::me);
    }

    private void me(Context ctx) {
        Actor actor = StaffAccess.actor(ctx);
        ctx.json(new MeJson(actor.id().toString(),
                new MeJson.Partner(actor.partner().toString(), partnerName(directory, actor.partner()).orElse(null)),
                actor.roles().stream().sorted().map(Role::name).toList()));
    }
}
