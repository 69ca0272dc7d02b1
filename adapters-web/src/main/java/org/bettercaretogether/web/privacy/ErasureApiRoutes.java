package org.bettercaretogether.web.privacy;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.privacy.EraseContributorData;
import org.bettercaretogether.application.privacy.ErasureReport;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * Administrators erase everything held about a person on request in the staff API, as by the pages
 * ({@link ErasureRoutes}): {@code POST /api/v1/staff/erasure} with one of {@code {"reference": "BCT-..."}},
 * {@code {"email": "..."}} or {@code {"phone": "..."}}, answered with what was erased:
 * {@code {"erased": 2, "views": 2, "registrations": 1, "messages": 0, "sentCopies": 0, "projectSuggestions": 0,
 * "consultationUpdates": 0}} ({@code erased} counts the
 * views, as it always has). {@link EraseContributorData} decides who may (administrators), and records each erasure in
 * the audit log.
 */
record ErasureApiRoutes(EraseContributorData erase) implements Routes {

    /** What was erased (nothing of what was erased before). */
    public record Erased(int erased, int views, int registrations, int messages, int sentCopies,
                         int projectSuggestions, int consultationUpdates) {

        static Erased of(ErasureReport report) {
            return new Erased(report.views(), report.views(), report.registrations(), report.messages(),
                    report.sentCopies(), report.projectSuggestions(), report.consultationUpdates());
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PrivacyAddresses.API_ERASURE, this::eraseFromJson);
    }

    private void eraseFromJson(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        PersonAsked body = Requests.body(ctx, PersonAsked.class);
        PersonAsked asked = PersonAsked.given(body.reference(), body.email(), body.phone(), true).orElseThrow();
        ctx.json(Erased.of(ErasureRoutes.erased(erase, actor, asked).orElseThrow()));
    }
}
