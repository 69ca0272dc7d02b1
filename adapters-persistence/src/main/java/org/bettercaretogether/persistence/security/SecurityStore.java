package org.bettercaretogether.persistence.security;

import org.bettercaretogether.application.security.ApiTokens;
import org.bettercaretogether.application.security.RateLimits;
import org.bettercaretogether.application.security.StaffSessions;
import org.jooq.DSLContext;

import javax.sql.DataSource;

/**
 * Where {@code PostgresAdapters} gets the sessions', API tokens' and rate limits' implementations, which are not
 * public themselves: Java lets no other package construct them. The composition root uses
 * {@code PostgresAdapters}, not this.
 */
public final class SecurityStore {

    private SecurityStore() {
    }

    /** The staff's sessions kept in PostgreSQL through {@code dsl}. */
    public static StaffSessions sessions(DSLContext dsl) {
        return new JooqStaffSessions(dsl);
    }

    /** The staff's API tokens kept in PostgreSQL through {@code dsl}. */
    public static ApiTokens apiTokens(DSLContext dsl) {
        return new JooqApiTokens(dsl);
    }

    /** Rate limits counted in PostgreSQL over connections of {@code dataSource}, each call committing on its own. */
    public static RateLimits rateLimits(DataSource dataSource) {
        return new Bucket4jRateLimits(dataSource, Bucket4jRateLimits.SWEEP_EVERY);
    }
}
