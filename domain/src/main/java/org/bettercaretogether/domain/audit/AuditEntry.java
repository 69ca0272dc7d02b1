package org.bettercaretogether.domain.audit;

import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the audit log: who did what to which record, when, and which fields changed. The log is only ever
 * appended to. Security events (signing in, a failed sign-in, a token created or revoked) are recorded the same
 * way; no entry holds a password, a token or an email address.
 *
 * @param id         identity of the entry
 * @param at         when it happened
 * @param actor      the staff member who acted; absent for the system itself or an unknown person
 * @param action     what was done, such as {@code community.revised} or {@code staff.signed-in}
 * @param recordType the kind of record acted on, such as {@code community}
 * @param recordId   the record's identity (never personal data)
 * @param changes    the fields changed, with their values before and after
 */
public record AuditEntry(UUID id, Instant at, Optional<StaffMemberId> actor, String action, String recordType,
                         String recordId, List<FieldChange> changes) {

    public AuditEntry {
        Require.present(id, "id");
        Require.present(at, "at");
        Require.present(actor, "actor");
        action = Require.text(action, "action", 100);
        recordType = Require.text(recordType, "recordType", 100);
        recordId = Require.text(recordId, "recordId", 200);
        changes = Require.listOf(changes, "changes");
    }
}
