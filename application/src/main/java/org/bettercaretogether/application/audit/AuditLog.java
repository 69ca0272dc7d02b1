package org.bettercaretogether.application.audit;

import org.bettercaretogether.domain.audit.AuditEntry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The append-only audit log. */
public interface AuditLog {

    void append(AuditEntry entry);

    /**
     * Up to {@code limit} entries, newest first, strictly older than {@code before} (the position of the last
     * entry of the previous page) when given.
     */
    List<AuditEntry> newestFirst(Optional<Position> before, int limit);

    /** Where an entry stands in the log: its time, then its id to break ties. */
    record Position(Instant at, UUID id) {
    }
}
