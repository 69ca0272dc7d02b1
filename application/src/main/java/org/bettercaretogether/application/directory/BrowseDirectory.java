package org.bettercaretogether.application.directory;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.vanguard.Vanguard;

import java.util.List;

/**
 * Browse the programme's directory: the vanguard, its partners, its clinical networks and their communities,
 * and the workstreams of the service review. Anyone may browse; nothing here is personal.
 */
public interface BrowseDirectory {

    /** The programme itself; not found until the reference data is loaded. */
    Outcome<Vanguard> vanguard();

    /** Every partner, by name. */
    List<Partner> partners();

    Outcome<Partner> partner(PartnerId id);

    /** Every network with its communities, networks by name and communities by name within each. */
    List<NetworkProfile> networks();

    Outcome<NetworkProfile> network(Slug slug);

    /** Every community with its network, by community name. */
    List<CommunityProfile> communities();

    Outcome<CommunityProfile> community(Slug slug);

    /** Every workstream with the partners taking part, by name. */
    List<WorkstreamProfile> workstreams();

    Outcome<WorkstreamProfile> workstream(Slug slug);
}
