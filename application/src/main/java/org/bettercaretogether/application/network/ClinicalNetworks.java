package org.bettercaretogether.application.network;

import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.shared.Slug;

import java.util.List;
import java.util.Optional;

/** The clinical networks. */
public interface ClinicalNetworks {

    /** All networks, by name. */
    List<ClinicalNetwork> all();

    Optional<ClinicalNetwork> find(NetworkId id);

    Optional<ClinicalNetwork> findBySlug(Slug slug);

    /** Stores a network that was never stored before; it comes back at version 1. */
    ClinicalNetwork add(ClinicalNetwork network);

    /** Stores a change unless the network changed since it was read; empty if it did or does not exist. */
    Optional<ClinicalNetwork> update(ClinicalNetwork network);
}
