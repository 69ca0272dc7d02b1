package org.bettercaretogether.web.place;

import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.community.FindCommunityForPlace;
import org.bettercaretogether.web.platform.Routes;

/** The route group for finding a community, for the composition of the public web server. */
public final class PlaceWeb {

    private PlaceWeb() {
    }

    /** {@code /find} and {@code /api/v1/places/{query}}, answered by {@code places}. */
    public static List<Routes> routes(FindCommunityForPlace places) {
        return List.of(new PlaceRoutes(Objects.requireNonNull(places, "places")));
    }
}
