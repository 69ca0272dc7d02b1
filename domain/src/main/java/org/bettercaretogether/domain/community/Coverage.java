package org.bettercaretogether.domain.community;

import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Require;

import java.util.List;

/**
 * The towns and postcode districts a community serves, so that a person can find theirs. Communities are
 * defined by the GP practices in them rather than by postcodes, and a district can straddle two communities,
 * so coverage is usually approximate, and its provenance says so.
 */
public record Coverage(List<String> towns, List<PostcodeDistrict> districts, Provenance provenance) {

    public Coverage {
        towns = Require.distinctListOf(Require.present(towns, "towns").stream()
                .map(town -> Require.text(town, "towns", 100)).toList(), "towns");
        districts = Require.distinctListOf(districts, "districts");
        Require.present(provenance, "provenance");
    }
}
