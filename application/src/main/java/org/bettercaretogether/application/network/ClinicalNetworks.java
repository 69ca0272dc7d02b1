package org.bettercaretogether.application.network;

import org.bettercaretogether.application.shared.DirectoryRecords;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.shared.Slug;

import java.util.Optional;

/** The clinical networks. */
public interface ClinicalNetworks extends DirectoryRecords<ClinicalNetwork, NetworkId> {

    Optional<ClinicalNetwork> findBySlug(Slug slug);
}
