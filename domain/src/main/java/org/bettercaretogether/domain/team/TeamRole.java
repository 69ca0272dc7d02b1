package org.bettercaretogether.domain.team;

import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One line of a team's make-up: a profession, the partner employing those people, and how many — a headcount, whole-time
 * equivalents (to two decimal places), or both.
 */
public record TeamRole(ProfessionId profession, PartnerId employer, Optional<Integer> headcount,
                       Optional<BigDecimal> wholeTimeEquivalents) {

    private static final BigDecimal MOST = new BigDecimal("999.99");

    public TeamRole {
        Require.present(profession, "profession");
        Require.present(employer, "employer");
        Require.present(headcount, "headcount");
        Require.present(wholeTimeEquivalents, "wholeTimeEquivalents");
        if (headcount.isEmpty() && wholeTimeEquivalents.isEmpty()) {
            throw new InvalidValueException("headcount", "or whole-time equivalents must be given");
        }
        headcount.ifPresent(count -> {
            if (count < 1 || count > 999) {
                throw new InvalidValueException("headcount", "must be from 1 to 999");
            }
        });
        wholeTimeEquivalents = wholeTimeEquivalents.map(TeamRole::plain);
        wholeTimeEquivalents.ifPresent(wte -> {
            if (wte.signum() <= 0 || wte.compareTo(MOST) > 0 || wte.scale() > 2) {
                throw new InvalidValueException("wholeTimeEquivalents",
                        "must be more than 0 and at most 999.99, to two decimal places");
            }
        });
    }

    /** Without trailing zeros, and never in exponent form: ten is {@code 10}, not {@code 1E+1}. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
