package org.bettercaretogether.web.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bettercaretogether.application.team.TeamSummary;
import org.bettercaretogether.web.platform.TeamFigures;

/**
 * A community's integrated team as the public API answers it: one line per profession and employing partner, each
 * with a headcount, whole-time equivalents or both (a figure not given is absent), the totals of the figures given,
 * and the day the figures describe ({@code asOf}, absent while the team has not been described). A make-up, never a
 * list of people.
 */
public record PublicTeam(Community community, boolean described, List<Line> lines, Totals totals, LocalDate asOf) {

    public PublicTeam {
        lines = List.copyOf(lines);
    }

    /** The community the team serves. */
    public record Community(String slug, String name) {
    }

    /** The people of one profession employed by one partner. */
    public record Line(String profession, Employer employer, Integer headcount, BigDecimal wholeTimeEquivalents) {
    }

    /** The partner organisation employing them. */
    public record Employer(String id, String name) {
    }

    /** The team's headcount and whole-time equivalents added up. */
    public record Totals(int headcount, BigDecimal wholeTimeEquivalents) {
    }

    /** The team of {@code view}. */
    public static PublicTeam of(TeamSummary view) {
        return new PublicTeam(new Community(view.communitySlug(), view.community()), !view.lines().isEmpty(),
                view.lines().stream().map(line -> new Line(line.profession(),
                        new Employer(line.employerId(), line.employer()), line.headcount().orElse(null),
                        line.wholeTimeEquivalents().map(TeamFigures::json).orElse(null))).toList(),
                new Totals(view.totalHeadcount(), TeamFigures.json(view.totalWholeTimeEquivalents())),
                view.asOf().orElse(null));
    }
}
