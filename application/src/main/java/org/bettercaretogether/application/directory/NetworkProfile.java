package org.bettercaretogether.application.directory;

import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;

import java.util.List;

/** A clinical network with the communities in it, by name. */
public record NetworkProfile(ClinicalNetwork network, List<IntegratedCareCommunity> communities) {

    public NetworkProfile {
        communities = List.copyOf(communities);
    }
}
