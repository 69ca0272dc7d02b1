package org.bettercaretogether.web.place;

import java.util.List;
import org.bettercaretogether.application.community.PlaceMatches;
import org.bettercaretogether.domain.community.PlaceQuery;
import org.bettercaretogether.web.directory.CommunityView;

/**
 * The communities that serve a place, with how the text was read: {@code readAs} is {@code TOWN},
 * {@code POSTCODE_DISTRICT} or {@code POSTCODE}, and {@code postcodeDistrict} (present for the last two) is
 * the district that decided the match.
 */
public record PlaceMatchesView(String query, String readAs, String postcodeDistrict, List<CommunityView> items) {

    static final String API = "/api/v1/places";

    static PlaceMatchesView of(PlaceMatches matches) {
        PlaceQuery query = matches.query();
        List<CommunityView> items = matches.communities().stream().map(CommunityView::of).toList();
        return switch (query) {
            case PlaceQuery.Town town -> new PlaceMatchesView(town.asGiven(), "TOWN", null, items);
            case PlaceQuery.District district -> new PlaceMatchesView(district.asGiven(), "POSTCODE_DISTRICT",
                    district.district().value(), items);
            case PlaceQuery.FullPostcode postcode -> new PlaceMatchesView(postcode.asGiven(), "POSTCODE",
                    postcode.postcode().district().value(), items);
        };
    }

    /** Whether any community found has coverage that is only a guide. */
    public boolean approximate() {
        return items.stream().anyMatch(community -> community.coverage().approximate());
    }
}
