package org.bettercaretogether.application.directory;

import jakarta.inject.Inject;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.community.PlaceQuery;

import java.util.List;

/**
 * Matches a place against every community's coverage. There are a dozen or so communities, so reading them
 * all and letting each community decide keeps the matching rules in the domain, in one place.
 */
public final class PlaceSearchService implements FindCommunityForPlace {

    private final BrowseDirectory directory;

    @Inject
    public PlaceSearchService(BrowseDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Outcome<PlaceMatches> find(PlaceQuery place) {
        List<CommunityProfile> matches = directory.communities().stream()
                .filter(profile -> profile.community().serves(place))
                .toList();
        return matches.isEmpty()
                ? Outcome.notFound("community serving", place.asGiven())
                : Outcome.done(new PlaceMatches(place, matches));
    }
}
