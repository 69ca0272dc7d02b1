package org.bettercaretogether.web.audit;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.audit.AuditPage;
import org.bettercaretogether.application.audit.ReadAuditLog;
import org.bettercaretogether.web.platform.Paging;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;

/**
 * Reading the audit log (administrators) in the staff API: {@code GET /api/v1/staff/audit-log[?cursor=...&limit=...]},
 * as the page shows it ({@link AuditRoutes}). {@link ReadAuditLog} decides who may, and refuses a cursor it did not
 * give or a limit out of range (422).
 */
record AuditApiRoutes(ReadAuditLog log) implements Routes {

    static final String API = StaffAddresses.API + "/audit-log";
    static final int DEFAULT_LIMIT = 50;

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::api);
    }

    private void api(Context ctx) {
        int limit = Paging.limit(ctx, DEFAULT_LIMIT);
        AuditPage page = log.read(StaffAccess.actor(ctx), Paging.cursor(ctx), limit).orElseThrow();
        ctx.json(new AuditLogJson(page.entries().stream().map(AuditEntryJson::of).toList(), page.next().orElse(null)));
    }
}
