package org.bettercaretogether.web.audit;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.ReadAuditLog;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.web.platform.FeatureRoutes;

/** The audit log's routes (behind the staff gate): a page and the staff API, with who acted named through the staff. */
public final class AuditWeb extends FeatureRoutes {

    @Inject
    public AuditWeb(ReadAuditLog log, ManageStaff staff) {
        super(new AuditRoutes(log, staff), new AuditApiRoutes(log));
    }
}
