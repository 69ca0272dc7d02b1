package org.bettercaretogether.persistence.staff;

import org.bettercaretogether.application.staff.StaffMembers;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the staff accounts' repository, which is not public itself: Java lets no other
 * package construct it. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class StaffStore {

    private StaffStore() {
    }

    /** The staff accounts, with their roles and password hashes, kept in PostgreSQL through {@code dsl}. */
    public static StaffMembers staffMembers(DSLContext dsl) {
        return new JooqStaffMembers(dsl);
    }
}
