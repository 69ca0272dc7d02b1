package org.bettercaretogether.web.priority;

import java.math.BigDecimal;
import java.util.List;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.application.team.TeamTotals;
import org.bettercaretogether.web.platform.TeamFigures;

/**
 * The integrated teams added up across the programme, as the public API answers them: headcount and whole-time
 * equivalents by profession and by employing partner (each by name), over the teams described so far; how many
 * communities have described their team, and how many communities there are.
 */
public record PublicTotals(List<Total> byProfession, List<Total> byPartner, Total overall, int communitiesDescribed,
                           int communities) {

    public PublicTotals {
        byProfession = List.copyOf(byProfession);
        byPartner = List.copyOf(byPartner);
    }

    /** A profession's, a partner's or everyone's figures added up. */
    public record Total(String name, int headcount, BigDecimal wholeTimeEquivalents) {
    }

    /** The teams added up, of the {@code directory}'s communities (merged ones left out). */
    static PublicTotals of(ReadTeams teams, BrowseDirectory directory) {
        return of(teams.totals(), directory.communities().size());
    }

    static PublicTotals of(TeamTotals totals, int communities) {
        List<Total> byProfession = totals.byProfession().stream().map(PublicTotals::total).toList();
        return new PublicTotals(byProfession, totals.byPartner().stream().map(PublicTotals::total).toList(),
                new Total("All", byProfession.stream().mapToInt(Total::headcount).sum(),
                        TeamFigures.json(byProfession.stream().map(Total::wholeTimeEquivalents)
                                .reduce(BigDecimal.ZERO, BigDecimal::add))),
                totals.communitiesDescribed(), communities);
    }

    private static Total total(TeamTotals.Total total) {
        return new Total(total.name(), total.headcount(), TeamFigures.json(total.wholeTimeEquivalents()));
    }
}
