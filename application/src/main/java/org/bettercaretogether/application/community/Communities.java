package org.bettercaretogether.application.community;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.shared.Slug;

import java.util.List;
import java.util.Optional;

/** The Integrated Care Communities. */
public interface Communities {

    /** All communities, by name. */
    List<IntegratedCareCommunity> all();

    Optional<IntegratedCareCommunity> find(CommunityId id);

    Optional<IntegratedCareCommunity> findBySlug(Slug slug);

    /** Stores a community that was never stored before; it comes back at version 1. */
    IntegratedCareCommunity add(IntegratedCareCommunity community);

    /** Stores a change unless the community changed since it was read; empty if it did or does not exist. */
    Optional<IntegratedCareCommunity> update(IntegratedCareCommunity community);
}
