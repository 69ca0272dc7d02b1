package org.bettercaretogether.persistence.change;

import org.bettercaretogether.application.change.ChangesMade;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the changes made's repository, which is not public itself: Java lets no other
 * package construct it. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class ChangeStore {

    private ChangeStore() {
    }

    /** The changes made that views led to, kept in PostgreSQL through {@code dsl}. */
    public static ChangesMade changesMade(DSLContext dsl) {
        return new JooqChangesMade(dsl);
    }
}
