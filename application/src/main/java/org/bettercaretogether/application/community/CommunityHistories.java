package org.bettercaretogether.application.community;

import org.bettercaretogether.domain.community.CommunityHistory;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.shared.Slug;

import java.util.List;
import java.util.Optional;

/** The history of each community: stages, renamings, merger. */
public interface CommunityHistories {

    /** A community's history (an empty one, at version 0, when nothing has happened to it yet). */
    CommunityHistory of(CommunityId community);

    List<CommunityHistory> all();

    /** The history of the community that once had {@code slug} as its address. */
    Optional<CommunityHistory> withFormerSlug(Slug slug);

    /**
     * Stores a history: a new one when its version is 0, otherwise only if its version is the stored one; answers it
     * at the next version, or empty when it was changed meanwhile.
     */
    Optional<CommunityHistory> save(CommunityHistory history);
}
