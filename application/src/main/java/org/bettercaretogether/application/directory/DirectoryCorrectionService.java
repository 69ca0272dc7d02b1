package org.bettercaretogether.application.directory;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.workstream.Workstream;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Administrators' corrections to the directory: checked by the access policy, applied by
 * {@link AdministerDirectory} under its rules, and audited with the fields changed — all in one transaction.
 */
public final class DirectoryCorrectionService implements CorrectDirectory {

    private final Transactions transactions;
    private final AdministerDirectory directory;
    private final Partners partners;
    private final ClinicalNetworks networks;
    private final Communities communities;
    private final Workstreams workstreams;
    private final AuditTrail audit;

    @Inject
    public DirectoryCorrectionService(Transactions transactions, AdministerDirectory directory, Partners partners,
                                ClinicalNetworks networks, Communities communities, Workstreams workstreams,
                                AuditTrail audit) {
        this.transactions = transactions;
        this.directory = directory;
        this.partners = partners;
        this.networks = networks;
        this.communities = communities;
        this.workstreams = workstreams;
        this.audit = audit;
    }

    @Override
    public Outcome<Partner> revisePartner(Actor actor, Partner revised) {
        return corrected(actor, "partner", revised.id().toString(), () -> partners.find(revised.id()),
                () -> directory.revisePartner(revised), DirectoryDescriptions::of);
    }

    @Override
    public Outcome<ClinicalNetwork> reviseNetwork(Actor actor, ClinicalNetwork revised) {
        return corrected(actor, "clinical-network", revised.id().toString(), () -> networks.find(revised.id()),
                () -> directory.reviseNetwork(revised), DirectoryDescriptions::of);
    }

    @Override
    public Outcome<IntegratedCareCommunity> reviseCommunity(Actor actor, IntegratedCareCommunity revised) {
        return corrected(actor, "community", revised.id().toString(), () -> communities.find(revised.id()),
                () -> directory.reviseCommunity(revised), DirectoryDescriptions::of);
    }

    @Override
    public Outcome<Workstream> reviseWorkstream(Actor actor, Workstream revised) {
        return corrected(actor, "workstream", revised.id().toString(), () -> workstreams.find(revised.id()),
                () -> directory.reviseWorkstream(revised), DirectoryDescriptions::of);
    }

    private <A> Outcome<A> corrected(Actor actor, String recordType, String recordId, Supplier<Optional<A>> current,
                                     Supplier<Outcome<A>> revise, Function<A, Map<String, String>> describe) {
        Optional<Rejection> refused = AccessPolicy.requireAny(actor, Role.ADMIN);
        if (refused.isPresent()) {
            return Outcome.rejected(refused.get());
        }
        return transactions.inTransaction(() -> {
            Optional<A> before = current.get();
            Outcome<A> outcome = revise.get();
            if (outcome instanceof Outcome.Done<A> done && before.isPresent()) {
                audit.record(Optional.of(actor.id()), recordType + ".revised", recordType, recordId,
                        AuditTrail.changes(describe.apply(before.get()), describe.apply(done.value())));
            }
            return outcome;
        });
    }
}
