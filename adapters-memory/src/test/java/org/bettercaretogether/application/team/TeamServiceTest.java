package org.bettercaretogether.application.team;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.memory.testing.CommunityLifeWorld;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.domain.team.TeamRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.invalidFields;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.rejection;
import static org.bettercaretogether.memory.testing.CommunityLifeWorld.slug;

class TeamServiceTest {

    private final CommunityLifeWorld world = new CommunityLifeWorld();
    private final ManageTeams manage = world.app.manageTeams();
    private final ReadTeams read = world.app.readTeams();
    private Profession districtNurse;
    private Profession socialWorker;
    private Profession gp;

    @BeforeEach
    void professions() {
        districtNurse = manage.addProfession(world.officer, "District nurse").orElseThrow();
        socialWorker = manage.addProfession(world.officer, "Social worker").orElseThrow();
        gp = manage.addProfession(world.officer, "GP").orElseThrow();
    }

    private static TeamRole line(Profession profession, PartnerId employer, Integer headcount, String wte) {
        return new TeamRole(profession.id(), employer, Optional.ofNullable(headcount),
                Optional.ofNullable(wte).map(BigDecimal::new));
    }

    private TeamDraft asOfLastMonth(TeamRole... roles) {
        return new TeamDraft(List.of(roles), world.today().minusMonths(1));
    }

    /** Kendal: 12 district nurses (10.4 WTE) of the community trust, 5 council social workers, 3.25 WTE of GPs. */
    private TeamSummary describeKendal() {
        return manage.describe(world.officer, slug("kendal"), 0, asOfLastMonth(
                line(districtNurse, MorecambeBay.CUMBRIA_PARTNERSHIP, 12, "10.4"),
                line(socialWorker, MorecambeBay.CUMBRIA_COUNTY_COUNCIL, 5, null),
                line(gp, MorecambeBay.SOUTH_CUMBRIA_PRIMARY_CARE_COLLABORATIVE, null, "3.25"))).orElseThrow();
    }

    /** Bay: 8 district nurses (7.5 WTE) of Lancashire Care, 2 of the community trust, 6 social workers (5 WTE). */
    private TeamSummary describeBay() {
        return manage.describe(world.officer, slug("bay"), 0, asOfLastMonth(
                line(districtNurse, MorecambeBay.LANCASHIRE_CARE, 8, "7.50"),
                line(socialWorker, MorecambeBay.LANCASHIRE_COUNTY_COUNCIL, 6, "5"),
                line(districtNurse, MorecambeBay.CUMBRIA_PARTNERSHIP, 2, null))).orElseThrow();
    }

    private String partnerName(PartnerId id) {
        return world.app.browseDirectory().partner(id).orElseThrow().name();
    }

    private static void total(List<TeamTotals.Total> totals, String name, int headcount, String wte) {
        assertThat(totals).filteredOn(total -> total.name().equals(name)).as(name).singleElement().satisfies(total -> {
            assertThat(total.headcount()).as(name + " headcount").isEqualTo(headcount);
            assertThat(total.wholeTimeEquivalents()).as(name + " WTE").isEqualByComparingTo(wte);
        });
    }

    @Test
    void a_described_team_is_read_line_by_line_with_names_and_totals() {
        TeamSummary kendal = describeKendal();

        assertThat(kendal.version()).isEqualTo(1);
        assertThat(kendal.asOf()).contains(world.today().minusMonths(1));
        assertThat(kendal.lines()).extracting(TeamSummary.Line::profession)
                .containsExactly("District nurse", "GP", "Social worker");
        assertThat(kendal.lines().getFirst().employer()).isEqualTo(partnerName(MorecambeBay.CUMBRIA_PARTNERSHIP));
        assertThat(kendal.totalHeadcount()).isEqualTo(17);
        assertThat(kendal.totalWholeTimeEquivalents()).isEqualByComparingTo("13.65");
        assertThat(read.team(slug("kendal")).orElseThrow()).isEqualTo(kendal);
    }

    @Test
    void a_team_not_yet_described_is_empty_at_version_0() {
        TeamSummary lakes = read.team(slug("lakes")).orElseThrow();

        assertThat(lakes.lines()).isEmpty();
        assertThat(lakes.version()).isZero();
        assertThat(lakes.asOf()).isEmpty();
        assertThat(lakes.totalHeadcount()).isZero();
        assertThat(lakes.totalWholeTimeEquivalents()).isEqualByComparingTo("0");
    }

    @Test
    void totals_add_up_every_described_team_by_profession() {
        describeKendal();
        describeBay();

        TeamTotals totals = read.totals();

        assertThat(totals.communitiesDescribed()).isEqualTo(2);
        assertThat(totals.byProfession()).extracting(TeamTotals.Total::name)
                .containsExactly("District nurse", "GP", "Social worker");
        total(totals.byProfession(), "District nurse", 12 + 8 + 2, "17.9");
        total(totals.byProfession(), "GP", 0, "3.25");
        total(totals.byProfession(), "Social worker", 5 + 6, "5");
    }

    @Test
    void totals_add_up_every_described_team_by_partner() {
        describeKendal();
        describeBay();

        List<TeamTotals.Total> byPartner = read.totals().byPartner();

        assertThat(byPartner).hasSize(5);
        total(byPartner, partnerName(MorecambeBay.CUMBRIA_PARTNERSHIP), 12 + 2, "10.4");
        total(byPartner, partnerName(MorecambeBay.CUMBRIA_COUNTY_COUNCIL), 5, "0");
        total(byPartner, partnerName(MorecambeBay.SOUTH_CUMBRIA_PRIMARY_CARE_COLLABORATIVE), 0, "3.25");
        total(byPartner, partnerName(MorecambeBay.LANCASHIRE_CARE), 8, "7.5");
        total(byPartner, partnerName(MorecambeBay.LANCASHIRE_COUNTY_COUNCIL), 6, "5");
        assertThat(byPartner).extracting(TeamTotals.Total::name).isSorted();
    }

    @Test
    void describing_again_replaces_the_team_whole() {
        describeKendal();

        TeamSummary replaced = manage.describe(world.officer, slug("kendal"), 1,
                asOfLastMonth(line(gp, MorecambeBay.SOUTH_CUMBRIA_PRIMARY_CARE_COLLABORATIVE, 4, "3.5"))).orElseThrow();

        assertThat(replaced.version()).isEqualTo(2);
        assertThat(replaced.lines()).singleElement().satisfies(line -> assertThat(line.profession()).isEqualTo("GP"));
        assertThat(read.totals().byProfession()).extracting(TeamTotals.Total::name).containsExactly("GP");
    }

    @Test
    void a_change_from_a_stale_version_is_a_conflict() {
        describeKendal();

        assertThat(rejection(manage.describe(world.officer, slug("kendal"), 0,
                asOfLastMonth(line(gp, MorecambeBay.SOUTH_CUMBRIA_PRIMARY_CARE_COLLABORATIVE, 4, null)))))
                .isInstanceOf(Rejection.Conflict.class);
        assertThat(read.team(slug("kendal")).orElseThrow().lines()).hasSize(3);
    }

    @Test
    void an_unknown_profession_or_partner_is_named_by_its_line() {
        Profession unlisted = new Profession(ProfessionId.random(), "Astronaut", true, 1);

        List<String> fields = invalidFields(manage.describe(world.officer, slug("kendal"), 0, asOfLastMonth(
                line(districtNurse, MorecambeBay.CUMBRIA_PARTNERSHIP, 12, null),
                line(unlisted, MorecambeBay.CUMBRIA_PARTNERSHIP, 1, null),
                line(gp, PartnerId.random(), 2, null))));

        assertThat(fields).containsExactly("roles[1].profession", "roles[2].employer");
        assertThat(read.team(slug("kendal")).orElseThrow().lines()).isEmpty();
    }

    @Test
    void a_profession_twice_for_one_employer_or_a_date_in_the_future_is_refused() {
        assertThat(invalidFields(manage.describe(world.officer, slug("kendal"), 0, asOfLastMonth(
                line(districtNurse, MorecambeBay.CUMBRIA_PARTNERSHIP, 12, null),
                line(districtNurse, MorecambeBay.CUMBRIA_PARTNERSHIP, 1, null))))).containsExactly("roles");
        assertThat(invalidFields(manage.describe(world.officer, slug("kendal"), 0, new TeamDraft(
                List.of(line(gp, MorecambeBay.CUMBRIA_PARTNERSHIP, 1, null)), world.today().plusDays(1)))))
                .containsExactly("asOf");
    }

    @Test
    void only_engagement_officers_and_administrators_describe_teams() {
        assertThat(rejection(manage.describe(world.moderator, slug("kendal"), 0,
                asOfLastMonth(line(gp, MorecambeBay.CUMBRIA_PARTNERSHIP, 1, null))))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejection(manage.addProfession(world.moderator, "Pharmacist"))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(manage.describe(world.admin, slug("kendal"), 0,
                asOfLastMonth(line(gp, MorecambeBay.CUMBRIA_PARTNERSHIP, 1, null))).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void an_unknown_community_is_not_found() {
        assertThat(rejection(read.team(slug("atlantis")))).isInstanceOf(Rejection.NotFound.class);
        assertThat(rejection(manage.describe(world.officer, slug("atlantis"), 0,
                asOfLastMonth(line(gp, MorecambeBay.CUMBRIA_PARTNERSHIP, 1, null))))).isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void professions_are_listed_by_name_and_a_name_is_used_once_whatever_its_case() {
        assertThat(read.professions()).extracting(Profession::name)
                .containsExactly("District nurse", "GP", "Social worker");

        assertThat(invalidFields(manage.addProfession(world.officer, "district NURSE"))).containsExactly("name");
        assertThat(invalidFields(manage.addProfession(world.officer, "   "))).containsExactly("name");
        assertThat(read.professions()).hasSize(3);
    }

    @Test
    void a_profession_taken_out_of_use_stays_on_the_list_and_on_the_teams() {
        describeKendal();

        Profession retired = manage.setProfessionInUse(world.officer, gp.id(), gp.version(), false).orElseThrow();

        assertThat(retired.inUse()).isFalse();
        assertThat(retired.version()).isEqualTo(gp.version() + 1);
        assertThat(read.professions()).filteredOn(p -> p.id().equals(gp.id())).singleElement()
                .satisfies(p -> assertThat(p.inUse()).isFalse());
        assertThat(read.team(slug("kendal")).orElseThrow().lines()).extracting(TeamSummary.Line::profession).contains("GP");
        assertThat(manage.setProfessionInUse(world.officer, gp.id(), retired.version(), true).orElseThrow().inUse())
                .isTrue();
    }

    @Test
    void taking_a_profession_out_of_use_from_a_stale_version_is_a_conflict() {
        manage.setProfessionInUse(world.officer, gp.id(), gp.version(), false).orElseThrow();

        assertThat(rejection(manage.setProfessionInUse(world.officer, gp.id(), gp.version(), true)))
                .isInstanceOf(Rejection.Conflict.class);
        assertThat(rejection(manage.setProfessionInUse(world.officer, ProfessionId.random(), 1, false)))
                .isInstanceOf(Rejection.NotFound.class);
    }
}
