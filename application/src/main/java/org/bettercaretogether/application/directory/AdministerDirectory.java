package org.bettercaretogether.application.directory;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.vanguard.Vanguard;
import org.bettercaretogether.domain.workstream.Workstream;

/**
 * Keep the directory right: add partners, networks, communities and workstreams, and correct them. Used by
 * the reference-data loader and by staff.
 *
 * <p>Adding takes a record that was never stored (version 0). Revising takes the record as it was read, with
 * the changes made to it: if someone else changed it meanwhile, the revision is refused as a conflict instead
 * of silently overwriting their change.
 */
public interface AdministerDirectory {

    Outcome<Vanguard> recordVanguard(Vanguard vanguard);

    Outcome<Partner> addPartner(Partner partner);

    Outcome<Partner> revisePartner(Partner revised);

    Outcome<ClinicalNetwork> addNetwork(ClinicalNetwork network);

    Outcome<ClinicalNetwork> reviseNetwork(ClinicalNetwork revised);

    Outcome<IntegratedCareCommunity> addCommunity(IntegratedCareCommunity community);

    Outcome<IntegratedCareCommunity> reviseCommunity(IntegratedCareCommunity revised);

    Outcome<Workstream> addWorkstream(Workstream workstream);

    Outcome<Workstream> reviseWorkstream(Workstream revised);
}
