package org.bettercaretogether.web.audit;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bettercaretogether.application.audit.AuditPage;
import org.bettercaretogether.application.audit.ReadAuditLog;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.Paging;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * Reading the audit log (administrators) as a page: {@code GET /staff/audit-log[?cursor=...]}, as the staff API
 * answers it in JSON ({@link AuditApiRoutes}). {@link ReadAuditLog} decides who may, and refuses a cursor it did not
 * give (422).
 */
record AuditRoutes(ReadAuditLog log, ManageStaff staff) implements Routes {

    static final String PAGE = StaffAddresses.PAGES + "/audit-log";
    static final int PAGE_SIZE = 25;

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, this::page);
    }

    private void page(Context ctx) {
        Actor actor = StaffAccess.actor(ctx);
        Optional<String> cursor = Paging.cursor(ctx);
        AuditPage page = log.read(actor, cursor, PAGE_SIZE).orElseThrow();
        Map<StaffMemberId, String> names = new HashMap<>();
        var rows = page.entries().stream().map(entry -> new AuditLogPage.Row(Formats.dateTime(entry.at()),
                who(actor, entry, names), entry.action(), entry.recordType() + " " + entry.recordId(),
                entry.changes().stream().map(AuditRoutes::change).toList())).toList();
        ctx.render("audit/log.jte", Map.of("log", new AuditLogPage(rows, Paging.next(PAGE, page.next()),
                Paging.first(PAGE, cursor))));
    }

    /** The name of whoever acted, if the administrator may look their account up; else their staff id. */
    private String who(Actor reader, AuditEntry entry, Map<StaffMemberId, String> names) {
        if (entry.actor().isEmpty()) {
            return "No one signed in";
        }
        return names.computeIfAbsent(entry.actor().get(), id -> switch (staff.find(reader, id)) {
            case Outcome.Done<StaffMember>(StaffMember member) -> member.name();
            case Outcome.Rejected<StaffMember> ignored -> id.toString();
        });
    }

    private static AuditLogPage.Change change(FieldChange change) {
        return new AuditLogPage.Change(change.field(), change.before().orElse("None"), change.after().orElse("None"));
    }
}
