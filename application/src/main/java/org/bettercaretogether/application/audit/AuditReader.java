package org.bettercaretogether.application.audit;

import jakarta.inject.Inject;
import org.bettercaretogether.application.security.AccessPolicy;
import org.bettercaretogether.application.security.Actor;
import org.bettercaretogether.application.shared.KeysetCursor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.staff.Role;

import java.util.List;
import java.util.Optional;

/** Pages through the audit log for administrators; the cursor is the position of a page's last entry. */
public final class AuditReader implements ReadAuditLog {

    private final AuditLog log;

    @Inject
    public AuditReader(AuditLog log) {
        this.log = log;
    }

    @Override
    public Outcome<AuditPage> read(Actor actor, Optional<String> cursor, int pageSize) {
        Optional<Rejection> refused = AccessPolicy.requireAny(actor, Role.ADMIN);
        if (refused.isPresent()) {
            return Outcome.rejected(refused.get());
        }
        if (pageSize < 1 || pageSize > MAXIMUM_PAGE_SIZE) {
            return Outcome.rejected(Rejection.InvalidInput.of("limit", "must be from 1 to " + MAXIMUM_PAGE_SIZE));
        }
        Optional<AuditLog.Position> before;
        try {
            before = KeysetCursor.decode(cursor, AuditLog.Position::new);
        } catch (IllegalArgumentException malformed) {
            return Outcome.rejected(KeysetCursor.malformed());
        }
        List<AuditEntry> entries = log.newestFirst(before, pageSize + 1);
        boolean more = entries.size() > pageSize;
        List<AuditEntry> page = more ? entries.subList(0, pageSize) : entries;
        return Outcome.done(new AuditPage(page, more ? Optional.of(KeysetCursor.encode(page.getLast().at(), page.getLast().id())) : Optional.empty()));
    }

}
