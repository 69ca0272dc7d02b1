package org.bettercaretogether.domain.team;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntegratedTeamTest {

    private static final CommunityId KENDAL = CommunityId.random();
    private static final ProfessionId DISTRICT_NURSE = ProfessionId.random();
    private static final ProfessionId SOCIAL_WORKER = ProfessionId.random();
    private static final PartnerId TRUST = PartnerId.random();
    private static final PartnerId COUNCIL = PartnerId.random();
    private static final Optional<LocalDate> AS_OF = Optional.of(LocalDate.of(2026, 4, 1));

    private static TeamRole line(ProfessionId profession, PartnerId employer, int headcount) {
        return new TeamRole(profession, employer, Optional.of(headcount), Optional.empty());
    }

    @Test
    void a_profession_appears_once_for_each_employer() {
        List<TeamRole> twice = List.of(line(DISTRICT_NURSE, TRUST, 4), line(DISTRICT_NURSE, TRUST, 2));

        assertThatThrownBy(() -> new IntegratedTeam(KENDAL, twice, AS_OF, 0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("roles"));
    }

    @Test
    void the_same_profession_may_be_employed_by_two_partners() {
        IntegratedTeam team = new IntegratedTeam(KENDAL, List.of(line(SOCIAL_WORKER, COUNCIL, 3),
                line(SOCIAL_WORKER, TRUST, 1), new TeamRole(DISTRICT_NURSE, TRUST, Optional.empty(),
                        Optional.of(new BigDecimal("6.4")))), AS_OF, 0);

        assertThat(team.roles()).hasSize(3);
    }

    @Test
    void a_community_not_yet_described_has_no_lines_and_no_date() {
        IntegratedTeam undescribed = IntegratedTeam.undescribed(KENDAL);

        assertThat(undescribed.roles()).isEmpty();
        assertThat(undescribed.asOf()).isEmpty();
        assertThat(undescribed.version()).isZero();
    }
}
