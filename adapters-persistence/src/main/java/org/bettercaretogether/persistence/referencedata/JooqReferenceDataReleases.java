package org.bettercaretogether.persistence.referencedata;

import org.bettercaretogether.application.referencedata.ReferenceDataReleases;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.bettercaretogether.persistence.jooq.Tables.REFERENCE_DATA_RELEASE;

/**
 * The releases in the {@code reference_data_release} table. A claim is one {@code INSERT ... ON CONFLICT DO
 * NOTHING} in the caller's transaction: a second server claiming the same release waits on the first one's row
 * until that transaction ends, then inserts nothing if it committed, so only one of them loads the release.
 */
public final class JooqReferenceDataReleases implements ReferenceDataReleases {

    private final DSLContext dsl;

    public JooqReferenceDataReleases(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean claim(String release, Instant at) {
        int inserted = dsl.insertInto(REFERENCE_DATA_RELEASE)
                .set(REFERENCE_DATA_RELEASE.RELEASE, release)
                .set(REFERENCE_DATA_RELEASE.APPLIED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
        return inserted == 1;
    }
}
