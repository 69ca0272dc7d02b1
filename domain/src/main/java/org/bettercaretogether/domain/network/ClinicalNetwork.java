package org.bettercaretogether.domain.network;

import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.Slug;

/**
 * One of the three clinical networks: a group of neighbouring Integrated Care Communities whose
 * professionals work together across the group, so that specialist skills reach every community in it.
 *
 * @param id          stable identity
 * @param slug        its address, as in {@code /networks/furness}
 * @param name        its public name
 * @param description what the network covers, in a sentence or two
 * @param grouping    where the grouping of communities into this network comes from, and whether it is confirmed
 * @param version     zero before it is stored, then counting up with each change
 */
public record ClinicalNetwork(NetworkId id, Slug slug, String name, String description, Provenance grouping,
                              long version) {

    public ClinicalNetwork {
        Require.present(id, "id");
        Require.present(slug, "slug");
        name = Require.text(name, "name", 200);
        description = Require.text(description, "description", 2_000);
        Require.present(grouping, "grouping");
        Require.version(version);
    }

    /** The same network as stored at {@code storedVersion}. */
    public ClinicalNetwork withVersion(long storedVersion) {
        return new ClinicalNetwork(id, slug, name, description, grouping, storedVersion);
    }
}
