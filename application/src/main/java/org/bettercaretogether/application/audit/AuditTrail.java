package org.bettercaretogether.application.audit;

import jakarta.inject.Inject;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Writes entries to the audit log, and works out which fields a change touched. */
public final class AuditTrail {

    private final AuditLog log;
    private final Clock clock;

    @Inject
    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(Optional<StaffMemberId> actor, String action, String recordType, String recordId,
                       List<FieldChange> changes) {
        log.append(new AuditEntry(UUID.randomUUID(), clock.instant(), actor, action, recordType, recordId, changes));
    }

    /** Records that {@code actor} added a record, showing the one field that names it ({@code field}) as set. */
    public void recordAdded(StaffMemberId actor, String action, String recordType, Object recordId, String field,
                            String value) {
        record(Optional.of(actor), action, recordType, recordId.toString(),
                List.of(new FieldChange(field, Optional.empty(), Optional.of(value))));
    }

    /** The fields whose values differ between two descriptions of a record, in the order they are described. */
    public static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = before.get(field);
            String is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, Optional.ofNullable(was), Optional.ofNullable(is)));
            }
        }
        return changes;
    }
}
