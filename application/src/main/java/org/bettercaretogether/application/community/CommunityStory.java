package org.bettercaretogether.application.community;

import org.bettercaretogether.domain.community.CommunityHistory;

import java.util.Optional;

/** A community's history with the name of the community it was merged into, if it was. */
public record CommunityStory(String community, String slug, CommunityHistory history, Optional<String> mergedIntoSlug) {
}
