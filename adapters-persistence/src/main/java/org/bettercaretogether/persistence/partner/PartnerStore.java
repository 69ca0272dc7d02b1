package org.bettercaretogether.persistence.partner;

import org.bettercaretogether.application.partner.Partners;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the partners' repository, which is not public itself: Java lets no other
 * package construct it. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class PartnerStore {

    private PartnerStore() {
    }

    /** The partners kept in PostgreSQL through {@code dsl}. */
    public static Partners partners(DSLContext dsl) {
        return new JooqPartners(dsl);
    }
}
