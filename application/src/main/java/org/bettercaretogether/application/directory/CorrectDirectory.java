package org.bettercaretogether.application.directory;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.workstream.Workstream;

/**
 * Staff correct the directory (administrators only), for example to confirm a fact the reference data marks
 * as unverified. Each correction is recorded in the audit log with the fields it changed, before and after, in
 * the same transaction as the change.
 */
public interface CorrectDirectory {

    Outcome<Partner> revisePartner(Actor actor, Partner revised);

    Outcome<ClinicalNetwork> reviseNetwork(Actor actor, ClinicalNetwork revised);

    Outcome<IntegratedCareCommunity> reviseCommunity(Actor actor, IntegratedCareCommunity revised);

    Outcome<Workstream> reviseWorkstream(Actor actor, Workstream revised);
}
