package org.bettercaretogether.persistence.team;

import org.bettercaretogether.application.team.Professions;
import org.bettercaretogether.application.team.Teams;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.team.IntegratedTeam;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.domain.team.TeamRole;
import org.bettercaretogether.persistence.CommunityLifeFixtures;
import org.bettercaretogether.persistence.CommunityLifeFixtures.Places;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.persistence.jooq.Tables.INTEGRATED_TEAM;
import static org.bettercaretogether.persistence.jooq.Tables.INTEGRATED_TEAM_ROLE;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class TeamsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

    private static DSLContext dsl;
    private static Teams teams;
    private static Places places;
    private static ProfessionId districtNurse;
    private static ProfessionId gp;
    private static ProfessionId socialWorker;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        teams = postgres.port(Teams.class);
        places = CommunityLifeFixtures.places(postgres);
        List<Profession> professions = postgres.port(Professions.class).all();
        districtNurse = named(professions, "District nurse");
        gp = named(professions, "GP");
        socialWorker = named(professions, "Social worker");
    }

    @BeforeEach
    void noTeams() {
        dsl.deleteFrom(INTEGRATED_TEAM).execute();
    }

    @Test
    void a_community_whose_team_is_not_described_has_none() {
        assertThat(teams.find(places.kendal())).isEmpty();
        assertThat(teams.all()).isEmpty();
    }

    @Test
    void a_new_team_is_inserted_at_version_1_and_read_back_equal_with_each_kind_of_line_and_its_day() {
        IntegratedTeam team = new IntegratedTeam(places.kendal(), List.of(
                role(districtNurse, places.trust(), Optional.of(12), Optional.of(new BigDecimal("10.50"))),
                role(gp, places.trust(), Optional.of(4), Optional.empty()),
                role(socialWorker, places.council(), Optional.empty(), Optional.of(new BigDecimal("2.25"))),
                role(districtNurse, places.council(), Optional.empty(), Optional.of(new BigDecimal("10")))),
                Optional.of(AS_OF), 0);

        Optional<IntegratedTeam> saved = teams.save(team);

        assertThat(saved).contains(team.withVersion(1));
        assertThat(teams.find(places.kendal())).isEqualTo(saved);
        assertThat(saved.orElseThrow().roles().get(2).wholeTimeEquivalents()).contains(new BigDecimal("2.25"));
    }

    @Test
    void a_team_with_no_lines_and_no_day_reads_back_equal() {
        IntegratedTeam empty = IntegratedTeam.undescribed(places.barrow());

        Optional<IntegratedTeam> saved = teams.save(empty);

        assertThat(saved).contains(empty.withVersion(1));
        assertThat(teams.find(places.barrow())).isEqualTo(saved);
    }

    @Test
    void a_new_team_for_a_community_whose_team_was_described_meanwhile_is_not_stored() {
        IntegratedTeam first = teams.save(team(places.kendal(), role(gp, places.trust(), Optional.of(4),
                Optional.empty()))).orElseThrow();

        Optional<IntegratedTeam> second = teams.save(team(places.kendal(), role(districtNurse, places.trust(),
                Optional.of(9), Optional.empty())));

        assertThat(second).isEmpty();
        assertThat(teams.find(places.kendal())).contains(first);
    }

    @Test
    void an_update_bumps_the_version_and_replaces_the_lines_whole() {
        IntegratedTeam stored = teams.save(team(places.kendal(),
                role(gp, places.trust(), Optional.of(4), Optional.empty()),
                role(districtNurse, places.trust(), Optional.of(12), Optional.empty()))).orElseThrow();
        IntegratedTeam changed = new IntegratedTeam(places.kendal(), List.of(
                role(socialWorker, places.council(), Optional.of(3), Optional.of(new BigDecimal("2.8")))),
                Optional.of(AS_OF.plusMonths(3)), stored.version());

        Optional<IntegratedTeam> updated = teams.save(changed);

        assertThat(updated).contains(changed.withVersion(2));
        assertThat(teams.find(places.kendal())).isEqualTo(updated);
        assertThat(dsl.fetchCount(INTEGRATED_TEAM_ROLE)).as("the old lines are gone").isOne();
    }

    @Test
    void a_team_changed_by_someone_else_since_it_was_read_is_not_overwritten() {
        IntegratedTeam read = teams.save(team(places.kendal(), role(gp, places.trust(), Optional.of(4),
                Optional.empty()))).orElseThrow();
        IntegratedTeam first = teams.save(team(places.kendal(), role(gp, places.trust(), Optional.of(5),
                Optional.empty())).withVersion(read.version())).orElseThrow();

        Optional<IntegratedTeam> stale = teams.save(team(places.kendal(), role(gp, places.trust(), Optional.of(6),
                Optional.empty())).withVersion(read.version()));

        assertThat(stale).isEmpty();
        assertThat(teams.find(places.kendal())).contains(first);
        assertThat(teams.save(team(places.barrow()).withVersion(1))).as("never described").isEmpty();
    }

    @Test
    void lists_every_described_team_in_the_order_of_their_communities_names() {
        IntegratedTeam kendal = teams.save(team(places.kendal(), role(gp, places.trust(), Optional.of(4),
                Optional.empty()))).orElseThrow();
        IntegratedTeam barrow = teams.save(team(places.barrow(), role(gp, places.trust(), Optional.of(6),
                Optional.empty()))).orElseThrow();

        assertThat(teams.all()).containsExactly(barrow, kendal);
    }

    @Test
    void a_line_naming_a_profession_not_on_the_list_is_refused_and_leaves_nothing_behind() {
        IntegratedTeam stray = team(places.kendal(), role(ProfessionId.random(), places.trust(), Optional.of(1),
                Optional.empty()));

        assertThatThrownBy(() -> teams.save(stray)).hasMessageContaining("integrated_team_role_profession_fkey");
        assertThat(teams.find(places.kendal())).isEmpty();
    }

    private static IntegratedTeam team(CommunityId community, TeamRole... roles) {
        return new IntegratedTeam(community, List.of(roles), Optional.of(AS_OF), 0);
    }

    private static TeamRole role(ProfessionId profession, PartnerId employer, Optional<Integer> headcount,
                                 Optional<BigDecimal> wholeTimeEquivalents) {
        return new TeamRole(profession, employer, headcount, wholeTimeEquivalents);
    }

    private static ProfessionId named(List<Profession> professions, String name) {
        return professions.stream().filter(profession -> profession.name().equals(name)).findFirst()
                .map(Profession::id).orElseThrow();
    }
}
