package org.bettercaretogether.web.audit;

import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.audit.ReadAuditLog;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.web.platform.Routes;

/** The audit log's route group, for the composition of the web server (behind the staff gate). */
public final class AuditWeb {

    private AuditWeb() {
    }

    /** The audit log as a page and in the staff API, with who acted named through {@code staff}. */
    public static List<Routes> routes(ReadAuditLog log, ManageStaff staff) {
        return List.of(new AuditRoutes(Objects.requireNonNull(log, "log"), Objects.requireNonNull(staff, "staff")));
    }
}
