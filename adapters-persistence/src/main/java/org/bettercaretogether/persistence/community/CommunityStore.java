package org.bettercaretogether.persistence.community;

import org.bettercaretogether.application.community.Communities;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the communities' repository, which is not public itself: Java lets no other
 * package construct it. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class CommunityStore {

    private CommunityStore() {
    }

    /** The Integrated Care Communities kept in PostgreSQL through {@code dsl}. */
    public static Communities communities(DSLContext dsl) {
        return new JooqCommunities(dsl);
    }
}
