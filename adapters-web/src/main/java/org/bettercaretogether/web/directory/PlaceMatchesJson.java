package org.bettercaretogether.web.directory;

import java.util.List;
import org.bettercaretogether.application.directory.PlaceMatches;
import org.bettercaretogether.domain.community.PlaceQuery;

/**
 * The communities that serve a place, with how the text was read: {@code readAs} is {@code TOWN},
 * {@code POSTCODE_DISTRICT} or {@code POSTCODE}, and {@code postcodeDistrict} (present for the last two) is
 * the district that decided the match.
 */
public record PlaceMatchesJson(String query, String readAs, String postcodeDistrict, List<CommunityDetails> items) {

    static final String API = "/api/v1/places";

    static PlaceMatchesJson of(PlaceMatches matches) {
        PlaceQuery query = matches.query();
        List<CommunityDetails> items = matches.communities().stream().map(CommunityDetails::of).toList();
        return switch (query) {
            case PlaceQuery.Town town -> new PlaceMatchesJson(town.asGiven(), "TOWN", null, items);
            case PlaceQuery.District district -> new PlaceMatchesJson(district.asGiven(), "POSTCODE_DISTRICT",
                    district.district().value(), items);
            case PlaceQuery.FullPostcode postcode -> new PlaceMatchesJson(postcode.asGiven(), "POSTCODE",
                    postcode.postcode().district().value(), items);
        };
    }

    /** Whether any community found has coverage that is only a guide. */
    public boolean approximate() {
        return items.stream().anyMatch(community -> community.coverage().approximate());
    }
}
