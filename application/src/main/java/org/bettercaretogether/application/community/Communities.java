package org.bettercaretogether.application.community;

import org.bettercaretogether.application.shared.DirectoryRecords;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.shared.Slug;

import java.util.Optional;

/** The Integrated Care Communities. */
public interface Communities extends DirectoryRecords<IntegratedCareCommunity, CommunityId> {

    Optional<IntegratedCareCommunity> findBySlug(Slug slug);
}
