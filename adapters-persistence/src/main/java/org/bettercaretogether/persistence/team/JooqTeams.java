package org.bettercaretogether.persistence.team;

import org.bettercaretogether.application.team.Teams;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.team.IntegratedTeam;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.domain.team.TeamRole;
import org.bettercaretogether.persistence.jooq.tables.records.IntegratedTeamRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Row6;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY;
import static org.bettercaretogether.persistence.jooq.Tables.INTEGRATED_TEAM;
import static org.bettercaretogether.persistence.jooq.Tables.INTEGRATED_TEAM_ROLE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * The integrated teams in the {@code integrated_team} table, one row per described community, with the lines of each
 * team's make-up in {@code integrated_team_role} in order ({@code position}). Read in one query (the lines as a
 * MULTISET), in the order of the communities' names; saved in a transaction of its own, which becomes a savepoint
 * inside the caller's: a team at version 0 is inserted ({@code INSERT ... ON CONFLICT DO NOTHING}, so of two staff
 * describing a community's first team at once only one succeeds), any other updated if its version is the stored
 * one; either way its lines are replaced whole. Whole-time equivalents are {@code numeric(5,2)}. The rows become
 * teams in {@link #team} and {@link #role}, and teams become rows in {@link #teamRow} and {@link #roleRows}, nowhere
 * else.
 */
public final class JooqTeams implements Teams {

    /** Names sort as Java's {@code String.compareTo} does, whatever the database's own collation. */
    private static final String BY_CODE_POINT = "C";

    private static final Field<List<TeamRole>> ROLES = multiset(
            select(INTEGRATED_TEAM_ROLE.PROFESSION_ID, INTEGRATED_TEAM_ROLE.EMPLOYER_ID, INTEGRATED_TEAM_ROLE.HEADCOUNT,
                    INTEGRATED_TEAM_ROLE.WHOLE_TIME_EQUIVALENTS)
                    .from(INTEGRATED_TEAM_ROLE)
                    .where(INTEGRATED_TEAM_ROLE.COMMUNITY_ID.eq(INTEGRATED_TEAM.COMMUNITY_ID))
                    .orderBy(INTEGRATED_TEAM_ROLE.POSITION))
            .as("roles")
            .convertFrom(rows -> rows.map(Records.mapping(JooqTeams::role)));

    private final DSLContext dsl;

    public JooqTeams(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<IntegratedTeam> find(CommunityId community) {
        return teamsWhere(INTEGRATED_TEAM.COMMUNITY_ID.eq(community.value())).stream().findFirst();
    }

    /** {@inheritDoc} In the order of the communities' names. */
    @Override
    public List<IntegratedTeam> all() {
        return teamsWhere(noCondition());
    }

    @Override
    public Optional<IntegratedTeam> save(IntegratedTeam team) {
        IntegratedTeam stored = team.withVersion(team.version() + 1);
        UUID community = team.community().value();
        return dsl.transactionResult(() -> {
            int written = team.version() == 0
                    ? dsl.insertInto(INTEGRATED_TEAM).set(teamRow(stored)).onConflictDoNothing().execute()
                    : dsl.update(INTEGRATED_TEAM).set(teamRow(stored))
                            .where(INTEGRATED_TEAM.COMMUNITY_ID.eq(community)
                                    .and(INTEGRATED_TEAM.VERSION.eq(team.version())))
                            .execute();
            if (written == 0) {
                return Optional.<IntegratedTeam>empty();
            }
            dsl.deleteFrom(INTEGRATED_TEAM_ROLE).where(INTEGRATED_TEAM_ROLE.COMMUNITY_ID.eq(community)).execute();
            List<Row6<UUID, Integer, UUID, UUID, Integer, BigDecimal>> roles = roleRows(stored);
            if (!roles.isEmpty()) {
                dsl.insertInto(INTEGRATED_TEAM_ROLE, INTEGRATED_TEAM_ROLE.COMMUNITY_ID, INTEGRATED_TEAM_ROLE.POSITION,
                                INTEGRATED_TEAM_ROLE.PROFESSION_ID, INTEGRATED_TEAM_ROLE.EMPLOYER_ID,
                                INTEGRATED_TEAM_ROLE.HEADCOUNT, INTEGRATED_TEAM_ROLE.WHOLE_TIME_EQUIVALENTS)
                        .valuesOfRows(roles)
                        .execute();
            }
            return Optional.of(stored);
        });
    }

    private List<IntegratedTeam> teamsWhere(Condition condition) {
        return dsl.select(INTEGRATED_TEAM.COMMUNITY_ID, ROLES, INTEGRATED_TEAM.AS_OF, INTEGRATED_TEAM.VERSION)
                .from(INTEGRATED_TEAM)
                .join(COMMUNITY).on(COMMUNITY.ID.eq(INTEGRATED_TEAM.COMMUNITY_ID))
                .where(condition)
                .orderBy(COMMUNITY.NAME.collate(BY_CODE_POINT), COMMUNITY.ID)
                .fetch(Records.mapping(JooqTeams::team));
    }

    // Rows to teams ---------------------------------------------------------------------------------------------

    private static IntegratedTeam team(UUID community, List<TeamRole> roles, LocalDate asOf, Long version) {
        return new IntegratedTeam(new CommunityId(community), roles, Optional.ofNullable(asOf), version);
    }

    private static TeamRole role(UUID profession, UUID employer, Integer headcount, BigDecimal wholeTimeEquivalents) {
        return new TeamRole(new ProfessionId(profession), new PartnerId(employer), Optional.ofNullable(headcount),
                Optional.ofNullable(wholeTimeEquivalents));
    }

    // Teams to rows ---------------------------------------------------------------------------------------------

    private IntegratedTeamRecord teamRow(IntegratedTeam team) {
        IntegratedTeamRecord row = dsl.newRecord(INTEGRATED_TEAM);
        row.setCommunityId(team.community().value());
        row.setAsOf(team.asOf().orElse(null));
        row.setVersion(team.version());
        return row;
    }

    private static List<Row6<UUID, Integer, UUID, UUID, Integer, BigDecimal>> roleRows(IntegratedTeam team) {
        List<TeamRole> roles = team.roles();
        return IntStream.range(0, roles.size()).mapToObj(position -> {
            TeamRole role = roles.get(position);
            return row(team.community().value(), position, role.profession().value(), role.employer().value(),
                    role.headcount().orElse(null), role.wholeTimeEquivalents().orElse(null));
        }).toList();
    }
}
