package org.bettercaretogether.web.directory;

import java.util.List;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.application.team.TeamSummary;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.TeamFigures;

/**
 * What a community's own page shows of its integrated team: a table by profession and employer with headcount and
 * whole-time equivalents, a totals row and the day the figures describe; or, while the team has not been described,
 * a plain sentence saying so.
 *
 * <pre>{@code
 * ctx.render("directory/community.jte", Map.of(..., "team", TeamSection.community(teams, slug)));
 * }</pre>
 * and in the template {@code @template.priority.team(team = team)}.
 *
 * @param asOf          the day the figures describe, as people read it; null while not described
 * @param someNotGiven  whether a line gives only one of the two figures, so the totals count only those given
 */
public record TeamSection(String name, List<Row> rows, String totalHeadcount, String totalWholeTimeEquivalents,
                          String asOf, boolean someNotGiven) {

    /** The page adding up every community's team. */
    public static final String TOTALS_PAGE = "/integrated-teams";

    public TeamSection {
        rows = List.copyOf(rows);
    }

    /** One profession employed by one partner. */
    public record Row(String profession, String employer, String employerHref, String headcount,
                      String wholeTimeEquivalents) {
    }

    /** Whether the community's team has been described. */
    public boolean described() {
        return !rows.isEmpty();
    }

    /** The section of the community {@code slug}; the community must exist. */
    public static TeamSection community(ReadTeams teams, Slug slug) {
        TeamSummary team = teams.team(slug).orElseThrow();
        return new TeamSection(team.community(),
                team.lines().stream().map(line -> new Row(line.profession(), line.employer(),
                        "/partners/" + line.employerId(), TeamFigures.headcount(line.headcount()),
                        TeamFigures.wholeTimeEquivalents(line.wholeTimeEquivalents()))).toList(),
                TeamFigures.headcount(team.totalHeadcount()), TeamFigures.wholeTimeEquivalents(team.totalWholeTimeEquivalents()),
                team.lines().isEmpty() ? null : team.asOf().map(Formats::date).orElse(null),
                team.lines().stream().anyMatch(line -> line.headcount().isEmpty()
                        || line.wholeTimeEquivalents().isEmpty()));
    }
}
