package org.bettercaretogether.memory;

import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.health.StoreHealth;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.referencedata.ReferenceDataReleases;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.vanguard.Vanguard;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every outbound port of the application held in memory, sharing one transaction boundary, for tests that run
 * use cases without a database: ours, and those of a developer embedding the library.
 */
public final class InMemoryAdapters {

    private final InMemoryRecords<String, Vanguard> vanguard = new InMemoryRecords<>(
            v -> "vanguard", Vanguard::version, Vanguard::withVersion, Comparator.comparing(Vanguard::name));
    private final InMemoryRecords<PartnerId, Partner> partners = new InMemoryRecords<>(
            Partner::id, Partner::version, Partner::withVersion, Comparator.comparing(Partner::name));
    private final InMemoryRecords<NetworkId, ClinicalNetwork> networks = new InMemoryRecords<>(
            ClinicalNetwork::id, ClinicalNetwork::version, ClinicalNetwork::withVersion,
            Comparator.comparing(ClinicalNetwork::name));
    private final InMemoryRecords<CommunityId, IntegratedCareCommunity> communities = new InMemoryRecords<>(
            IntegratedCareCommunity::id, IntegratedCareCommunity::version, IntegratedCareCommunity::withVersion,
            Comparator.comparing(IntegratedCareCommunity::name));
    private final InMemoryRecords<WorkstreamId, Workstream> workstreams = new InMemoryRecords<>(
            Workstream::id, Workstream::version, Workstream::withVersion, Comparator.comparing(Workstream::name));
    private final InMemoryRecords<String, ClaimedRelease> releases = new InMemoryRecords<>(
            ClaimedRelease::release, r -> 1, (r, v) -> r, Comparator.comparing(ClaimedRelease::release));
    private final List<InMemoryRecords<?, ?>> stores;
    private final InMemoryTransactions transactions;
    private volatile boolean reachable = true;

    private record ClaimedRelease(String release, Instant at) {
    }

    public InMemoryAdapters() {
        this.stores = List.of(vanguard, partners, networks, communities, workstreams, releases);
        this.transactions = new InMemoryTransactions(stores);
    }

    /** Adapters whose transactions also roll back {@code more} records held elsewhere. */
    InMemoryAdapters(InMemoryRecords<?, ?>... more) {
        List<InMemoryRecords<?, ?>> all = new java.util.ArrayList<>(
                List.of(vanguard, partners, networks, communities, workstreams, releases));
        all.addAll(List.of(more));
        this.stores = List.copyOf(all);
        this.transactions = new InMemoryTransactions(stores);
    }

    /**
     * Every record held, store by store (each in its store's order): two of these are equal when nothing was stored,
     * changed or removed in between. For tests that check a refused request left everything as it was.
     */
    public List<List<?>> everyRecord() {
        return stores.stream().<List<?>>map(InMemoryRecords::all).toList();
    }

    /**
     * How many writes the records have had so far (a rolled back transaction counts too): while it stays the same,
     * {@link #everyRecord()} does too, so a test need not read them all again.
     */
    public long writes() {
        return stores.stream().mapToLong(InMemoryRecords::changes).sum();
    }

    public InMemoryTransactions transactions() {
        return transactions;
    }

    public VanguardRecord vanguard() {
        return new VanguardRecord() {
            @Override
            public Optional<Vanguard> current() {
                return vanguard.find("vanguard");
            }

            @Override
            public Vanguard add(Vanguard profile) {
                return vanguard.add(profile);
            }

            @Override
            public Optional<Vanguard> update(Vanguard profile) {
                return vanguard.update(profile);
            }
        };
    }

    public Partners partners() {
        return new Partners() {
            @Override
            public List<Partner> all() {
                return partners.all();
            }

            @Override
            public Optional<Partner> find(PartnerId id) {
                return partners.find(id);
            }

            @Override
            public Partner add(Partner partner) {
                return partners.add(partner);
            }

            @Override
            public Optional<Partner> update(Partner partner) {
                return partners.update(partner);
            }
        };
    }

    public ClinicalNetworks networks() {
        return new ClinicalNetworks() {
            @Override
            public List<ClinicalNetwork> all() {
                return networks.all();
            }

            @Override
            public Optional<ClinicalNetwork> find(NetworkId id) {
                return networks.find(id);
            }

            @Override
            public Optional<ClinicalNetwork> findBySlug(Slug slug) {
                return networks.findWhere(network -> network.slug().equals(slug));
            }

            @Override
            public ClinicalNetwork add(ClinicalNetwork network) {
                return networks.add(network);
            }

            @Override
            public Optional<ClinicalNetwork> update(ClinicalNetwork network) {
                return networks.update(network);
            }
        };
    }

    public Communities communities() {
        return new Communities() {
            @Override
            public List<IntegratedCareCommunity> all() {
                return communities.all();
            }

            @Override
            public Optional<IntegratedCareCommunity> find(CommunityId id) {
                return communities.find(id);
            }

            @Override
            public Optional<IntegratedCareCommunity> findBySlug(Slug slug) {
                return communities.findWhere(community -> community.slug().equals(slug));
            }

            @Override
            public IntegratedCareCommunity add(IntegratedCareCommunity community) {
                return communities.add(community);
            }

            @Override
            public Optional<IntegratedCareCommunity> update(IntegratedCareCommunity community) {
                return communities.update(community);
            }
        };
    }

    public Workstreams workstreams() {
        return new Workstreams() {
            @Override
            public List<Workstream> all() {
                return workstreams.all();
            }

            @Override
            public Optional<Workstream> find(WorkstreamId id) {
                return workstreams.find(id);
            }

            @Override
            public Optional<Workstream> findBySlug(Slug slug) {
                return workstreams.findWhere(workstream -> workstream.slug().equals(slug));
            }

            @Override
            public Workstream add(Workstream workstream) {
                return workstreams.add(workstream);
            }

            @Override
            public Optional<Workstream> update(Workstream workstream) {
                return workstreams.update(workstream);
            }
        };
    }

    public ReferenceDataReleases releases() {
        return (release, at) -> transactions.inTransaction(() -> {
            if (releases.find(release).isPresent()) {
                return false;
            }
            releases.add(new ClaimedRelease(release, at));
            return true;
        });
    }

    public StoreHealth storeHealth() {
        return () -> reachable;
    }

    /** Makes the in-memory store answer as if it were down (or back up), to test readiness. */
    public void setReachable(boolean reachable) {
        this.reachable = reachable;
    }
}
