package org.bettercaretogether.web.priority;

import java.math.BigDecimal;
import java.util.Optional;
import org.bettercaretogether.web.platform.Formats;

/** How team figures read on a page: "12", "4.5", and "Not given" where a line gave only the other figure. */
final class TeamFigures {

    static final String NOT_GIVEN = "Not given";

    private TeamFigures() {
    }

    static String headcount(Optional<Integer> headcount) {
        return headcount.map(TeamFigures::headcount).orElse(NOT_GIVEN);
    }

    static String headcount(int headcount) {
        return Formats.number(headcount);
    }

    static String wholeTimeEquivalents(Optional<BigDecimal> wte) {
        return wte.map(TeamFigures::wholeTimeEquivalents).orElse(NOT_GIVEN);
    }

    /** At most two decimal places, no trailing zeros: 3, 2.5, 0.75. */
    static String wholeTimeEquivalents(BigDecimal wte) {
        return wte.stripTrailingZeros().toPlainString();
    }

    /** A whole-time-equivalent figure for JSON: as given, without trailing zeros, never in exponent form. */
    static BigDecimal json(BigDecimal wte) {
        BigDecimal plain = wte.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
