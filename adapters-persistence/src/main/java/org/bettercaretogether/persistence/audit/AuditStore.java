package org.bettercaretogether.persistence.audit;

import org.bettercaretogether.application.audit.AuditLog;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the audit log, which is not public itself: Java lets no other package
 * construct it. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class AuditStore {

    private AuditStore() {
    }

    /** The append-only audit log kept in PostgreSQL through {@code dsl}. */
    public static AuditLog auditLog(DSLContext dsl) {
        return new JooqAuditLog(dsl);
    }
}
