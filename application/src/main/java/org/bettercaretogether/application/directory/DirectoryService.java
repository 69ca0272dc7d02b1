package org.bettercaretogether.application.directory;

import jakarta.inject.Inject;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.community.CommunityHistory;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.vanguard.Vanguard;
import org.bettercaretogether.domain.workstream.Workstream;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Answers the directory's questions from the repositories, keeping each answer while the stored data stays the same
 * (and, where mergers matter, the day too): the directory is read on nearly every page and changes a few times a
 * year.
 */
public final class DirectoryService implements BrowseDirectory {

    /** The parts of the stored data its kept answers are read from. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.DIRECTORY);

    private final VanguardRecord vanguard;
    private final Partners partners;
    private final ClinicalNetworks networks;
    private final Communities communities;
    private final Workstreams workstreams;

    private final CommunityHistories histories;
    private final ReadCache cache;
    private final Clock clock;

    @Inject
    public DirectoryService(VanguardRecord vanguard, Partners partners, ClinicalNetworks networks,
                            Communities communities, Workstreams workstreams, CommunityHistories histories,
                            ReadCache cache, Clock clock) {
        this.histories = histories;
        this.cache = cache;
        this.clock = clock;
        this.vanguard = vanguard;
        this.partners = partners;
        this.networks = networks;
        this.communities = communities;
        this.workstreams = workstreams;
    }

    @Override
    public Outcome<Vanguard> vanguard() {
        return cache.get(List.of("vanguard"), READ_FROM,
                () -> Outcome.found(vanguard.current(), "vanguard", "profile"));
    }

    @Override
    public List<Partner> partners() {
        return cache.get(List.of("partners"), READ_FROM, partners::all);
    }

    @Override
    public Outcome<Partner> partner(PartnerId id) {
        return first(partners(), partner -> partner.id().equals(id), "partner", id);
    }

    @Override
    public List<NetworkProfile> networks() {
        return cache.get(List.of("networks", today()), READ_FROM, this::readNetworks);
    }

    private List<NetworkProfile> readNetworks() {
        Map<NetworkId, List<IntegratedCareCommunity>> byNetwork = current().stream()
                .collect(Collectors.groupingBy(IntegratedCareCommunity::network));
        return networks.all().stream()
                .map(network -> new NetworkProfile(network, byNetwork.getOrDefault(network.id(), List.of())))
                .toList();
    }

    @Override
    public Outcome<NetworkProfile> network(Slug slug) {
        return first(networks(), profile -> profile.network().slug().equals(slug), "clinical network", slug);
    }

    @Override
    public List<CommunityProfile> communities() {
        return cache.get(List.of("communities", today()), READ_FROM, () -> profiles(current()));
    }

    @Override
    public Outcome<CommunityProfile> community(Slug slug) {
        return first(communities(), profile -> profile.community().slug().equals(slug), "community", slug);
    }

    @Override
    public List<WorkstreamProfile> workstreams() {
        return cache.get(List.of("workstreams"), READ_FROM, () -> {
            Map<PartnerId, Partner> partnersById = partners().stream()
                    .collect(Collectors.toMap(Partner::id, Function.identity()));
            return workstreams.all().stream().map(workstream -> profile(workstream, partnersById)).toList();
        });
    }

    @Override
    public Outcome<WorkstreamProfile> workstream(Slug slug) {
        return first(workstreams(), profile -> profile.workstream().slug().equals(slug), "workstream", slug);
    }

    /** The first of {@code all} that {@code matches}, or that there is no such {@code what} as {@code key}. */
    private static <T> Outcome<T> first(List<T> all, Predicate<T> matches, String what, Object key) {
        return Outcome.found(all.stream().filter(matches).findFirst(), what, key);
    }

    private static WorkstreamProfile profile(Workstream workstream, Map<PartnerId, Partner> partnersById) {
        return new WorkstreamProfile(workstream, workstream.lead().map(partnersById::get),
                workstream.involved().stream().map(partnersById::get).filter(Objects::nonNull)
                        .sorted(Comparator.comparing(Partner::name)).toList());
    }

    /** The communities that have not been merged into another (as of today, UK time). */
    private List<IntegratedCareCommunity> current() {
        LocalDate today = today();
        Set<CommunityId> merged = histories.all().stream().filter(history -> history.mergedBy(today))
                .map(CommunityHistory::community).collect(Collectors.toSet());
        return communities.all().stream().filter(community -> !merged.contains(community.id())).toList();
    }

    /** Today in the UK: a merger takes effect from a day on, so answers that leave merged communities out keep a day. */
    private LocalDate today() {
        return UkTime.dayOf(clock.instant());
    }

    /** Pairs each community with its network, in the order given. */
    private List<CommunityProfile> profiles(List<IntegratedCareCommunity> found) {
        Map<NetworkId, ClinicalNetwork> byId = networks.all().stream()
                .collect(Collectors.toMap(ClinicalNetwork::id, Function.identity()));
        return found.stream().map(community -> new CommunityProfile(community, byId.get(community.network()))).toList();
    }
}
