package org.bettercaretogether.persistence.vanguard;

import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the vanguard's repository, which is not public itself: Java lets no other
 * package construct it. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class VanguardStore {

    private VanguardStore() {
    }

    /** The vanguard's profile kept in PostgreSQL through {@code dsl}. */
    public static VanguardRecord vanguard(DSLContext dsl) {
        return new JooqVanguardRecord(dsl);
    }
}
