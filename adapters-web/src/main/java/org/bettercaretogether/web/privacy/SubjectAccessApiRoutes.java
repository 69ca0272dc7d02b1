package org.bettercaretogether.web.privacy;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.privacy.ExportPersonalData;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * Subject access in the staff API, as by the pages ({@link SubjectAccessRoutes}): {@code POST
 * /api/v1/staff/subject-access} with {@code {"email": "..."}} or {@code {"phone": "..."}}, answered with everything
 * held about the person as one {@link PersonalDataDocument}. A POST, so that the address is never in a URL that logs
 * and proxies keep. {@link ExportPersonalData} decides who may (administrators), and records each export in the audit
 * log.
 */
record SubjectAccessApiRoutes(ExportPersonalData export) implements Routes {

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PrivacyAddresses.API_SUBJECT_ACCESS, this::exportAsJson);
    }

    private void exportAsJson(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        PersonAsked body = Requests.body(ctx, PersonAsked.class);
        ctx.json(SubjectAccessRoutes.exported(export, actor, PersonAsked.given(null, body.email(), body.phone(), false))
                .orElseThrow().document());
    }
}
