package org.bettercaretogether.application.audit;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;

import java.util.Optional;

/** Read the audit log, newest first, a page at a time (administrators only). */
public interface ReadAuditLog {

    int MAXIMUM_PAGE_SIZE = 200;

    /** @param cursor the {@code next} of the previous page; a malformed cursor is invalid input */
    Outcome<AuditPage> read(Actor actor, Optional<String> cursor, int pageSize);
}
