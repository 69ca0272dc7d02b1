package org.bettercaretogether.web.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bettercaretogether.application.team.TeamSummary;

/**
 * A community's team as the staff API answers it: each line with the profession and employer (id and name) and its
 * counts, the totals, the day the figures describe (absent for a team not described yet) and the {@code version} a
 * change must quote.
 */
public record StaffTeamJson(String community, String slug, long version, LocalDate asOf, List<Role> roles,
                            int totalHeadcount, BigDecimal totalWholeTimeEquivalents) {

    public StaffTeamJson {
        roles = List.copyOf(roles);
    }

    /** A profession or partner: its id and name. */
    public record Named(String id, String name) {
    }

    /** One line of the team. */
    public record Role(Named profession, Named employer, Integer headcount, BigDecimal wholeTimeEquivalents) {
    }

    static StaffTeamJson of(TeamSummary team) {
        return new StaffTeamJson(team.community(), team.communitySlug(), team.version(), team.asOf().orElse(null),
                team.lines().stream().map(line -> new Role(new Named(line.professionId(), line.profession()),
                        new Named(line.employerId(), line.employer()), line.headcount().orElse(null),
                        line.wholeTimeEquivalents().orElse(null))).toList(),
                team.totalHeadcount(), team.totalWholeTimeEquivalents());
    }
}
