package org.bettercaretogether.application.directory;

import jakarta.inject.Inject;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.vanguard.Vanguard;
import org.bettercaretogether.domain.workstream.Workstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks each addition and revision against the directory as it stands, then stores it, all in one
 * transaction: an identity or slug already taken is a conflict, a reference to a record that does not exist is
 * invalid input, and a revision of a record changed meanwhile is a conflict.
 */
public final class DirectoryAdministration implements AdministerDirectory {

    private final Transactions transactions;
    private final VanguardRecord vanguard;
    private final Partners partners;
    private final ClinicalNetworks networks;
    private final Communities communities;
    private final Workstreams workstreams;

    @Inject
    public DirectoryAdministration(Transactions transactions, VanguardRecord vanguard, Partners partners,
                                   ClinicalNetworks networks, Communities communities, Workstreams workstreams) {
        this.transactions = transactions;
        this.vanguard = vanguard;
        this.partners = partners;
        this.networks = networks;
        this.communities = communities;
        this.workstreams = workstreams;
    }

    @Override
    public Outcome<Vanguard> recordVanguard(Vanguard profile) {
        return transactions.inTransaction(() -> vanguard.current().isEmpty()
                ? add(profile.version(), () -> vanguard.add(profile))
                : revised("vanguard", vanguard.update(profile)));
    }

    @Override
    public Outcome<Partner> addPartner(Partner partner) {
        return transactions.inTransaction(() -> partners.find(partner.id()).isPresent()
                ? taken("partner", partner.id())
                : add(partner.version(), () -> partners.add(partner)));
    }

    @Override
    public Outcome<Partner> revisePartner(Partner revised) {
        return transactions.inTransaction(() -> partners.find(revised.id()).isEmpty()
                ? Outcome.notFound("partner", revised.id())
                : revised("partner", partners.update(revised)));
    }

    @Override
    public Outcome<ClinicalNetwork> addNetwork(ClinicalNetwork network) {
        return transactions.inTransaction(() -> {
            if (networks.find(network.id()).isPresent()) {
                return taken("clinical network", network.id());
            }
            return slugTaken(networks.findBySlug(network.slug()), ClinicalNetwork::id, network.id(), network.slug())
                    .<Outcome<ClinicalNetwork>>map(Outcome::rejected)
                    .orElseGet(() -> add(network.version(), () -> networks.add(network)));
        });
    }

    @Override
    public Outcome<ClinicalNetwork> reviseNetwork(ClinicalNetwork revised) {
        return transactions.inTransaction(() -> {
            if (networks.find(revised.id()).isEmpty()) {
                return Outcome.notFound("clinical network", revised.id());
            }
            return slugTaken(networks.findBySlug(revised.slug()), ClinicalNetwork::id, revised.id(), revised.slug())
                    .<Outcome<ClinicalNetwork>>map(Outcome::rejected)
                    .orElseGet(() -> revised("clinical network", networks.update(revised)));
        });
    }

    @Override
    public Outcome<IntegratedCareCommunity> addCommunity(IntegratedCareCommunity community) {
        return transactions.inTransaction(() -> {
            if (communities.find(community.id()).isPresent()) {
                return taken("community", community.id());
            }
            return communityProblem(community)
                    .<Outcome<IntegratedCareCommunity>>map(Outcome::rejected)
                    .orElseGet(() -> add(community.version(), () -> communities.add(community)));
        });
    }

    @Override
    public Outcome<IntegratedCareCommunity> reviseCommunity(IntegratedCareCommunity revised) {
        return transactions.inTransaction(() -> {
            if (communities.find(revised.id()).isEmpty()) {
                return Outcome.notFound("community", revised.id());
            }
            return communityProblem(revised)
                    .<Outcome<IntegratedCareCommunity>>map(Outcome::rejected)
                    .orElseGet(() -> revised("community", communities.update(revised)));
        });
    }

    @Override
    public Outcome<Workstream> addWorkstream(Workstream workstream) {
        return transactions.inTransaction(() -> {
            if (workstreams.find(workstream.id()).isPresent()) {
                return taken("workstream", workstream.id());
            }
            return workstreamProblem(workstream)
                    .<Outcome<Workstream>>map(Outcome::rejected)
                    .orElseGet(() -> add(workstream.version(), () -> workstreams.add(workstream)));
        });
    }

    @Override
    public Outcome<Workstream> reviseWorkstream(Workstream revised) {
        return transactions.inTransaction(() -> {
            if (workstreams.find(revised.id()).isEmpty()) {
                return Outcome.notFound("workstream", revised.id());
            }
            return workstreamProblem(revised)
                    .<Outcome<Workstream>>map(Outcome::rejected)
                    .orElseGet(() -> revised("workstream", workstreams.update(revised)));
        });
    }

    private Optional<Rejection> communityProblem(IntegratedCareCommunity community) {
        if (networks.find(community.network()).isEmpty()) {
            return Optional.of(Rejection.InvalidInput.of("network", "must be one of the clinical networks"));
        }
        return slugTaken(communities.findBySlug(community.slug()), IntegratedCareCommunity::id, community.id(),
                community.slug());
    }

    private Optional<Rejection> workstreamProblem(Workstream workstream) {
        List<FieldProblem> problems = new ArrayList<>();
        workstream.lead().filter(lead -> partners.find(lead).isEmpty())
                .ifPresent(lead -> problems.add(new FieldProblem("lead", "must be one of the partners")));
        for (PartnerId involved : workstream.involved()) {
            if (partners.find(involved).isEmpty()) {
                problems.add(new FieldProblem("involved", "must name only partners; " + involved + " is not one"));
            }
        }
        if (!problems.isEmpty()) {
            return Optional.of(new Rejection.InvalidInput(problems));
        }
        return slugTaken(workstreams.findBySlug(workstream.slug()), Workstream::id, workstream.id(), workstream.slug());
    }

    private static <A, K> Optional<Rejection> slugTaken(Optional<A> holder, Function<A, K> idOf, K id, Slug slug) {
        return holder.filter(other -> !idOf.apply(other).equals(id))
                .map(other -> new Rejection.Conflict("The address '" + slug + "' is already in use."));
    }

    private static <A> Outcome<A> add(long version, Supplier<A> store) {
        if (version != 0) {
            return Outcome.rejected(new Rejection.Conflict("Only a record that was never stored can be added."));
        }
        return Outcome.done(store.get());
    }

    private static <A> Outcome<A> taken(String what, Object id) {
        return Outcome.rejected(new Rejection.Conflict("A " + what + " with the id " + id + " already exists."));
    }

    private static <A> Outcome<A> revised(String what, Optional<A> stored) {
        return stored.map(Outcome::done).orElseGet(() -> Outcome.rejected(new Rejection.Conflict(
                "The " + what + " was changed by someone else since it was read; read it again and redo the change.")));
    }
}
