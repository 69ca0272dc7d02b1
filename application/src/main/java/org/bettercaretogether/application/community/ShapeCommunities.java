package org.bettercaretogether.application.community;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.shared.Slug;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How communities change over time: a new development stage, dated; a new name and address from a day on (the old
 * address keeps leading to it); a merger into another community from a day on (its address then leads there). Open to
 * engagement officers and administrators; each is audited and kept in the community's history.
 */
public interface ShapeCommunities {

    Outcome<CommunityStory> recordStage(Actor actor, Slug community, DevelopmentStage stage, LocalDate reachedOn);

    /** Renames; the new slug must not be, nor have been, another community's address. */
    Outcome<CommunityStory> rename(Actor actor, Slug community, String newName, Slug newSlug, LocalDate effectiveOn);

    Outcome<CommunityStory> merge(Actor actor, Slug community, Slug into, LocalDate effectiveOn);

    /** A community's story, found by its current address or any it had before. */
    Outcome<CommunityStory> story(Slug community);

    /**
     * Where an address now leads when it is not a current community's own: the current address of a community that
     * was renamed from it, or of the community one was merged into (once the merger has taken effect).
     */
    Optional<Slug> whereIs(Slug slug);
}
