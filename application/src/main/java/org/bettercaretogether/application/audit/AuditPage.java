package org.bettercaretogether.application.audit;

import org.bettercaretogether.domain.audit.AuditEntry;

import java.util.List;
import java.util.Optional;

/** One page of the audit log, newest first, and the cursor of the next page if there is one. */
public record AuditPage(List<AuditEntry> entries, Optional<String> next) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
