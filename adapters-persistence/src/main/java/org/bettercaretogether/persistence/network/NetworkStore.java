package org.bettercaretogether.persistence.network;

import org.bettercaretogether.application.network.ClinicalNetworks;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the clinical networks' repository, which is not public itself: Java lets no
 * other package construct it. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class NetworkStore {

    private NetworkStore() {
    }

    /** The clinical networks kept in PostgreSQL through {@code dsl}. */
    public static ClinicalNetworks networks(DSLContext dsl) {
        return new JooqClinicalNetworks(dsl);
    }
}
