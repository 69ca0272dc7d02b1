package org.bettercaretogether.application.directory;

import org.bettercaretogether.domain.community.PlaceQuery;

import java.util.List;

/**
 * The communities that serve a place. Several is normal: Barrow-in-Furness has two, and a postcode district
 * can straddle two communities.
 */
public record PlaceMatches(PlaceQuery query, List<CommunityProfile> communities) {

    public PlaceMatches {
        communities = List.copyOf(communities);
    }
}
