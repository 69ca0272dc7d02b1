package org.bettercaretogether.web.priority;

import java.util.List;
import org.bettercaretogether.web.platform.TeamFigures;

/**
 * The page adding up the integrated teams: two tables (by profession, by partner), each ending in a totals row, and
 * how many communities the figures cover.
 */
public record TotalsPage(List<Row> byProfession, List<Row> byPartner, Row overall, int communitiesDescribed,
                         int communities) {

    public TotalsPage {
        byProfession = List.copyOf(byProfession);
        byPartner = List.copyOf(byPartner);
    }

    /** A profession's, a partner's or everyone's figures, as people read them. */
    public record Row(String name, String headcount, String wholeTimeEquivalents) {
    }

    static TotalsPage of(PublicTotals totals) {
        return new TotalsPage(totals.byProfession().stream().map(TotalsPage::row).toList(),
                totals.byPartner().stream().map(TotalsPage::row).toList(), row(totals.overall()),
                totals.communitiesDescribed(), totals.communities());
    }

    private static Row row(PublicTotals.Total total) {
        return new Row(total.name(), TeamFigures.headcount(total.headcount()),
                TeamFigures.wholeTimeEquivalents(total.wholeTimeEquivalents()));
    }
}
