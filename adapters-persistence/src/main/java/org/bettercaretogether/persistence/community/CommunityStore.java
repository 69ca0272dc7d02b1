package org.bettercaretogether.persistence.community;

import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.community.CommunityHistories;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the communities' repositories, which are not public themselves: Java lets no
 * other package construct them. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class CommunityStore {

    private CommunityStore() {
    }

    /** The Integrated Care Communities kept in PostgreSQL through {@code dsl}. */
    public static Communities communities(DSLContext dsl) {
        return new JooqCommunities(dsl);
    }

    /** The communities' histories (stages, renamings, merger) kept in PostgreSQL through {@code dsl}. */
    public static CommunityHistories communityHistories(DSLContext dsl) {
        return new JooqCommunityHistories(dsl);
    }
}
