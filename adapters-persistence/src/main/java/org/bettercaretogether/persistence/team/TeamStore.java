package org.bettercaretogether.persistence.team;

import org.bettercaretogether.application.team.Professions;
import org.bettercaretogether.application.team.Teams;
import org.jooq.DSLContext;

/**
 * Where {@code PostgresAdapters} gets the integrated teams' repositories, which are not public themselves: Java lets
 * no other package construct them. The composition root uses {@code PostgresAdapters}, not this.
 */
public final class TeamStore {

    private TeamStore() {
    }

    /** The communities' integrated teams, kept in PostgreSQL through {@code dsl}. */
    public static Teams teams(DSLContext dsl) {
        return new JooqTeams(dsl);
    }

    /** The managed list of professions, kept in PostgreSQL through {@code dsl}. */
    public static Professions professions(DSLContext dsl) {
        return new JooqProfessions(dsl);
    }
}
