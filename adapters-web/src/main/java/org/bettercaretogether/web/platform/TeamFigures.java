package org.bettercaretogether.web.platform;

import java.math.BigDecimal;
import java.util.Optional;

/** How team figures read on a page: "12", "4.5", and "Not given" where a line gave only the other figure. */
public final class TeamFigures {

    public static final String NOT_GIVEN = "Not given";

    private TeamFigures() {
    }

    public static String headcount(Optional<Integer> headcount) {
        return headcount.map(TeamFigures::headcount).orElse(NOT_GIVEN);
    }

    public static String headcount(int headcount) {
        return Formats.number(headcount);
    }

    public static String wholeTimeEquivalents(Optional<BigDecimal> wte) {
        return wte.map(TeamFigures::wholeTimeEquivalents).orElse(NOT_GIVEN);
    }

    /** At most two decimal places, no trailing zeros: 3, 2.5, 0.75. */
    public static String wholeTimeEquivalents(BigDecimal wte) {
        return wte.stripTrailingZeros().toPlainString();
    }

    /** A whole-time-equivalent figure for JSON: as given, without trailing zeros, never in exponent form. */
    public static BigDecimal json(BigDecimal wte) {
        BigDecimal plain = wte.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
