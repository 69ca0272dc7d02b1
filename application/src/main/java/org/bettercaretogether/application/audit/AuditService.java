package org.bettercaretogether.application.audit;

import jakarta.inject.Inject;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.KeysetCursor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.PageRequest;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.staff.Role;

import java.util.Optional;

/** Pages through the audit log for administrators; the cursor is the position of a page's last entry. */
public final class AuditService implements ReadAuditLog {

    private final AuditLog log;

    @Inject
    public AuditService(AuditLog log) {
        this.log = log;
    }

    @Override
    public Outcome<AuditPage> read(Actor actor, Optional<String> cursor, int pageSize) {
        Optional<Rejection> refused = AccessPolicy.requireAny(actor, Role.ADMIN);
        if (refused.isPresent()) {
            return Outcome.rejected(refused.get());
        }
        return PageRequest.of(cursor, pageSize, MAXIMUM_PAGE_SIZE, AuditLog.Position::new).map(request -> {
            PageRequest.Page<AuditEntry> page = request.page(log.newestFirst(request.after(), request.lookAhead()),
                    entry -> KeysetCursor.encode(entry.at(), entry.id()));
            return new AuditPage(page.items(), page.next());
        });
    }

}
