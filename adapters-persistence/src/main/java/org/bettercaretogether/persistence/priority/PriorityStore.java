package org.bettercaretogether.persistence.priority;

import org.bettercaretogether.application.priority.Priorities;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the local priorities' repository, which is not public itself: Java lets no other
 * package construct it. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class PriorityStore {

    private PriorityStore() {
    }

    /** Every community's local priorities, kept in PostgreSQL through {@code dsl}. */
    public static Priorities priorities(DSLContext dsl) {
        return new JooqPriorities(dsl);
    }
}
