package org.bettercaretogether.persistence.sampledata;

import org.bettercaretogether.application.sampledata.ViewsInBulk;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the bulk writer of views, which is not public itself. The composition root uses
 * {@code PostgresAdapters}, not this.
 */
public final class SampleDataStore {

    private SampleDataStore() {
    }

    /** Views written with COPY in the caller's transaction, through {@code dsl}. */
    public static ViewsInBulk viewsInBulk(DSLContext dsl) {
        return new CopiedViews(dsl);
    }
}
