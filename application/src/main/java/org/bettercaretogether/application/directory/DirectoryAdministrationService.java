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
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks each addition and revision against the directory as it stands, then stores it, all in one
 * transaction: an identity or slug already taken is a conflict, a reference to a record that does not exist is
 * invalid input, and a revision of a record changed meanwhile is a conflict.
 */
public final class DirectoryAdministrationService implements AdministerDirectory {

    private final Transactions transactions;
    private final VanguardRecord vanguard;
    private final Partners partners;
    private final ClinicalNetworks networks;
    private final Communities communities;
    private final Workstreams workstreams;

    @Inject
    public DirectoryAdministrationService(Transactions transactions, VanguardRecord vanguard, Partners partners,
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
        return adding("partner", partner.id(), () -> partners.find(partner.id()).isPresent(), Optional::empty,
                partner.version(), () -> partners.add(partner));
    }

    @Override
    public Outcome<Partner> revisePartner(Partner revised) {
        return revising("partner", revised.id(), () -> partners.find(revised.id()).isPresent(), Optional::empty,
                () -> partners.update(revised));
    }

    @Override
    public Outcome<ClinicalNetwork> addNetwork(ClinicalNetwork network) {
        return adding("clinical network", network.id(), () -> networks.find(network.id()).isPresent(),
                () -> networkProblem(network), network.version(), () -> networks.add(network));
    }

    @Override
    public Outcome<ClinicalNetwork> reviseNetwork(ClinicalNetwork revised) {
        return revising("clinical network", revised.id(), () -> networks.find(revised.id()).isPresent(),
                () -> networkProblem(revised), () -> networks.update(revised));
    }

    @Override
    public Outcome<IntegratedCareCommunity> addCommunity(IntegratedCareCommunity community) {
        return adding("community", community.id(), () -> communities.find(community.id()).isPresent(),
                () -> communityProblem(community), community.version(), () -> communities.add(community));
    }

    @Override
    public Outcome<IntegratedCareCommunity> reviseCommunity(IntegratedCareCommunity revised) {
        return revising("community", revised.id(), () -> communities.find(revised.id()).isPresent(),
                () -> communityProblem(revised), () -> communities.update(revised));
    }

    @Override
    public Outcome<Workstream> addWorkstream(Workstream workstream) {
        return adding("workstream", workstream.id(), () -> workstreams.find(workstream.id()).isPresent(),
                () -> workstreamProblem(workstream), workstream.version(), () -> workstreams.add(workstream));
    }

    @Override
    public Outcome<Workstream> reviseWorkstream(Workstream revised) {
        return revising("workstream", revised.id(), () -> workstreams.find(revised.id()).isPresent(),
                () -> workstreamProblem(revised), () -> workstreams.update(revised));
    }

    /**
     * Adds a record in one transaction: a taken identity or a broken rule is refused, otherwise it is stored.
     * {@code exists} and {@code problem} are evaluated inside the transaction.
     */
    private <A> Outcome<A> adding(String what, Object id, BooleanSupplier exists,
                                  Supplier<Optional<Rejection>> problem, long version, Supplier<A> store) {
        return transactions.inTransaction(() -> {
            if (exists.getAsBoolean()) {
                return taken(what, id);
            }
            return problem.get().<Outcome<A>>map(Outcome::rejected).orElseGet(() -> add(version, store));
        });
    }

    /** Revises a record in one transaction: unknown is not found, a broken rule refused, a stale version a conflict. */
    private <A> Outcome<A> revising(String what, Object id, BooleanSupplier exists,
                                    Supplier<Optional<Rejection>> problem, Supplier<Optional<A>> update) {
        return transactions.inTransaction(() -> {
            if (!exists.getAsBoolean()) {
                return Outcome.notFound(what, id);
            }
            return problem.get().<Outcome<A>>map(Outcome::rejected).orElseGet(() -> revised(what, update.get()));
        });
    }

    private Optional<Rejection> networkProblem(ClinicalNetwork network) {
        return slugTaken(networks.findBySlug(network.slug()), ClinicalNetwork::id, network.id(), network.slug());
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
