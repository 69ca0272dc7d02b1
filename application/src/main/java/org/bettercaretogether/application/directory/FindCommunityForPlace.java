package org.bettercaretogether.application.directory;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.community.PlaceQuery;

/**
 * Find the Integrated Care Community (or communities) for a town, a postcode district or a full postcode. No
 * match is answered as not found, so a person can be told to try another spelling or their postcode.
 */
public interface FindCommunityForPlace {

    Outcome<PlaceMatches> find(PlaceQuery place);
}
