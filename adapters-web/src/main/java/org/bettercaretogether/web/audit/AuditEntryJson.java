package org.bettercaretogether.web.audit;

import java.time.Instant;
import java.util.List;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.staff.StaffMemberId;

/**
 * One line of the audit log as the staff API answers it: when, who (the staff id; absent for the service
 * itself or someone not signed in), what was done to which record, and the fields changed, each with its value
 * before and after (absent where there was, or is, none).
 */
public record AuditEntryJson(String id, Instant at, String actor, String action, String recordType,
                             String recordId, List<Change> changes) {

    /** One field changed. */
    public record Change(String field, String before, String after) {
    }

    static AuditEntryJson of(AuditEntry entry) {
        return new AuditEntryJson(entry.id().toString(), entry.at(), entry.actor().map(StaffMemberId::toString).orElse(null),
                entry.action(), entry.recordType(), entry.recordId(),
                entry.changes().stream().map(AuditEntryJson::change).toList());
    }

    private static Change change(FieldChange change) {
        return new Change(change.field(), change.before().orElse(null), change.after().orElse(null));
    }
}
