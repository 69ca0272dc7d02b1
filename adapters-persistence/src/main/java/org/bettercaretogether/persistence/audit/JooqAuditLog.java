package org.bettercaretogether.persistence.audit;

import org.bettercaretogether.application.audit.AuditLog;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.persistence.jooq.tables.records.AuditEntryRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Row5;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.bettercaretogether.persistence.jooq.Tables.AUDIT_ENTRY;
import static org.bettercaretogether.persistence.jooq.Tables.AUDIT_FIELD_CHANGE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * The audit log in the {@code audit_entry} table, with the fields each entry changed in
 * {@code audit_field_change} in list order ({@code position}). The database refuses any update, delete or truncate
 * of either table (triggers in the migration), so this class only ever inserts. An entry is written in a
 * transaction of its own, which becomes a savepoint inside the caller's; pages are read in one query (the changes
 * as a MULTISET), newest first by time and then id, and start after a position (keyset pagination), so a page
 * costs the same however deep it is and entries appended meanwhile do not shift it. Times keep PostgreSQL's
 * precision, microseconds. The rows become entries in {@link #entry} and {@link #change}, and entries become rows in
 * {@link #entryRow} and {@link #changeRows}, nowhere else.
 */
public final class JooqAuditLog implements AuditLog {

    private static final Field<List<FieldChange>> CHANGES = multiset(
            select(AUDIT_FIELD_CHANGE.FIELD, AUDIT_FIELD_CHANGE.BEFORE_VALUE, AUDIT_FIELD_CHANGE.AFTER_VALUE)
                    .from(AUDIT_FIELD_CHANGE)
                    .where(AUDIT_FIELD_CHANGE.AUDIT_ENTRY_ID.eq(AUDIT_ENTRY.ID))
                    .orderBy(AUDIT_FIELD_CHANGE.POSITION))
            .as("changes")
            .convertFrom(rows -> rows.map(Records.mapping(JooqAuditLog::change)));

    private final DSLContext dsl;

    public JooqAuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void append(AuditEntry entry) {
        dsl.transaction(() -> {
            dsl.insertInto(AUDIT_ENTRY).set(entryRow(entry)).execute();
            List<Row5<UUID, Integer, String, String, String>> changes = changeRows(entry);
            if (!changes.isEmpty()) {
                dsl.insertInto(AUDIT_FIELD_CHANGE, AUDIT_FIELD_CHANGE.AUDIT_ENTRY_ID, AUDIT_FIELD_CHANGE.POSITION,
                                AUDIT_FIELD_CHANGE.FIELD, AUDIT_FIELD_CHANGE.BEFORE_VALUE,
                                AUDIT_FIELD_CHANGE.AFTER_VALUE)
                        .valuesOfRows(changes)
                        .execute();
            }
        });
    }

    /** @throws IllegalArgumentException when {@code limit} is negative */
    @Override
    public List<AuditEntry> newestFirst(Optional<Position> before, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        return dsl.select(AUDIT_ENTRY.ID, AUDIT_ENTRY.AT, AUDIT_ENTRY.ACTOR_ID, AUDIT_ENTRY.ACTION,
                        AUDIT_ENTRY.RECORD_TYPE, AUDIT_ENTRY.RECORD_ID, CHANGES)
                .from(AUDIT_ENTRY)
                .where(before.map(position -> row(AUDIT_ENTRY.AT, AUDIT_ENTRY.ID)
                                .lt(time(position.at()), position.id()))
                        .orElse(noCondition()))
                .orderBy(AUDIT_ENTRY.AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(JooqAuditLog::entry));
    }

    // Rows to entries -------------------------------------------------------------------------------------------

    private static AuditEntry entry(UUID id, OffsetDateTime at, UUID actor, String action, String recordType,
                                    String recordId, List<FieldChange> changes) {
        return new AuditEntry(id, at.toInstant(), Optional.ofNullable(actor).map(StaffMemberId::new), action,
                recordType, recordId, changes);
    }

    private static FieldChange change(String field, String before, String after) {
        return new FieldChange(field, Optional.ofNullable(before), Optional.ofNullable(after));
    }

    // Entries to rows -------------------------------------------------------------------------------------------

    private AuditEntryRecord entryRow(AuditEntry entry) {
        AuditEntryRecord row = dsl.newRecord(AUDIT_ENTRY);
        row.setId(entry.id());
        row.setAt(time(entry.at()));
        row.setActorId(entry.actor().map(StaffMemberId::value).orElse(null));
        row.setAction(entry.action());
        row.setRecordType(entry.recordType());
        row.setRecordId(entry.recordId());
        return row;
    }

    private static List<Row5<UUID, Integer, String, String, String>> changeRows(AuditEntry entry) {
        List<FieldChange> changes = entry.changes();
        return IntStream.range(0, changes.size()).mapToObj(position -> {
            FieldChange change = changes.get(position);
            return row(entry.id(), position, change.field(), change.before().orElse(null),
                    change.after().orElse(null));
        }).toList();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
