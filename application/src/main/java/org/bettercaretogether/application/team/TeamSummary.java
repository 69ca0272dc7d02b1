package org.bettercaretogether.application.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A community's team as people read it: each line with the profession's and employer's names, and the totals.
 *
 * @param version the stored version, for staff editing it (0 when not yet described)
 */
public record TeamSummary(String community, String communitySlug, List<Line> lines, int totalHeadcount,
                       BigDecimal totalWholeTimeEquivalents, Optional<LocalDate> asOf, long version) {

    public record Line(String professionId, String profession, String employerId, String employer,
                       Optional<Integer> headcount, Optional<BigDecimal> wholeTimeEquivalents) {
    }
}
