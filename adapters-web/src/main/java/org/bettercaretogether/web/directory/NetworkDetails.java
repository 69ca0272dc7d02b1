package org.bettercaretogether.web.directory;

import java.util.List;
import org.bettercaretogether.application.directory.NetworkProfile;
import org.bettercaretogether.domain.network.ClinicalNetwork;

/**
 * A clinical network with its communities. {@code grouping} says where the grouping of communities into the
 * network comes from, and whether it has been confirmed.
 */
public record NetworkDetails(String id, String slug, String name, String description, SourceDetails grouping,
                          List<CommunityDetails.Summary> communities, Links links) {

    static final String API = "/api/v1/networks";
    static final String PAGES = "/networks";

    /** The network named from one of its communities. */
    public record Summary(String slug, String name, Links links) {
    }

    static NetworkDetails of(NetworkProfile profile) {
        ClinicalNetwork network = profile.network();
        return new NetworkDetails(network.id().toString(), network.slug().value(), network.name(),
                network.description(), SourceDetails.of(network.grouping()),
                profile.communities().stream().map(CommunityDetails::summary).toList(), links(network));
    }

    static Summary summary(ClinicalNetwork network) {
        return new Summary(network.slug().value(), network.name(), links(network));
    }

    private static Links links(ClinicalNetwork network) {
        return new Links(API + "/" + network.slug(), PAGES + "/" + network.slug());
    }
}
