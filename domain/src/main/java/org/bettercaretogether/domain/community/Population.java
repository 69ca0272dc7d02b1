package org.bettercaretogether.domain.community;

import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Require;

/**
 * How many people a community serves, what was counted, and where the figure comes from.
 *
 * @param people     the number counted
 * @param basis      what was counted, for example "registered GP practice population"
 * @param provenance where the figure comes from
 */
public record Population(int people, String basis, Provenance provenance) {

    public Population {
        Require.positive(people, "population");
        basis = Require.text(basis, "populationBasis", 200);
        Require.present(provenance, "populationSource");
    }
}
