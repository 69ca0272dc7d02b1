package org.bettercaretogether.application.directory;

import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;

/** A community with the network it belongs to. */
public record CommunityProfile(IntegratedCareCommunity community, ClinicalNetwork network) {
}
