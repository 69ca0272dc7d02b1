package org.bettercaretogether.persistence.referencedata;

import org.bettercaretogether.application.referencedata.ReferenceDataReleases;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the repository of reference data releases, which is not public itself: Java
 * lets no other package construct it. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class ReferenceDataStore {

    private ReferenceDataStore() {
    }

    /** The releases of reference data loaded, kept in PostgreSQL through {@code dsl}. */
    public static ReferenceDataReleases releases(DSLContext dsl) {
        return new JooqReferenceDataReleases(dsl);
    }
}
