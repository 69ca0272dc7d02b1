package org.bettercaretogether.persistence.privacy;

import org.bettercaretogether.application.shared.OneRunAtATime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Work claimed with a PostgreSQL advisory lock held until the transaction ends ({@code pg_try_advisory_xact_lock}):
 * every instance of the service on one database asks for the same lock, keyed by the work's name as the server
 * hashes it, and the one that gets it keeps it until it commits or rolls back, when PostgreSQL lets it go whatever
 * happens to the instance. Asking never waits.
 */
public final class JooqOneRunAtATime implements OneRunAtATime {

    private final DSLContext dsl;

    public JooqOneRunAtATime(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean claim(String work) {
        return dsl.select(DSL.field("pg_try_advisory_xact_lock(hashtextextended({0}, 0))", Boolean.class,
                DSL.val(work))).fetchSingle().value1();
    }
}
