package org.bettercaretogether.persistence.workstream;

import org.bettercaretogether.application.workstream.Workstreams;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the workstreams' repository, which is not public itself: Java lets no other
 * package construct it. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class WorkstreamStore {

    private WorkstreamStore() {
    }

    /** The service review's workstreams kept in PostgreSQL through {@code dsl}. */
    public static Workstreams workstreams(DSLContext dsl) {
        return new JooqWorkstreams(dsl);
    }
}
