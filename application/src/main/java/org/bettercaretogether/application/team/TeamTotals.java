package org.bettercaretogether.application.team;

import java.math.BigDecimal;
import java.util.List;

/** The programme's integrated teams added up, by profession and by employing partner, over every described team. */
public record TeamTotals(List<Total> byProfession, List<Total> byPartner, int communitiesDescribed) {

    public record Total(String name, int headcount, BigDecimal wholeTimeEquivalents) {
    }
}
