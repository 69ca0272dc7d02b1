package org.bettercaretogether.application.directory;

import jakarta.inject.Inject;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.workstream.Workstreams;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Answers the directory's questions from the repositories. */
public final class DirectoryBrowser implements BrowseDirectory {

    private final VanguardRecord vanguard;
    private final Partners partners;
    private final ClinicalNetworks networks;
    private final Communities communities;
    private final Workstreams workstreams;

    private final CommunityHistories histories;
    private final Clock clock;

    @Inject
    public DirectoryBrowser(VanguardRecord vanguard, Partners partners, ClinicalNetworks networks,
                            Communities communities, Workstreams workstreams, CommunityHistories histories,
                            Clock clock) {
        this.histories = histories;
        this.clock = clock;
        this.vanguard = vanguard;
        this.partners = partners;
        this.networks = networks;
        this.communities = communities;
        this.workstreams = workstreams;
    }

    @Override
    public Outcome<Vanguard> vanguard() {
        return vanguard.current().map(Outcome::done).orElseGet(() -> Outcome.notFound("vanguard", "profile"));
    }

    @Override
    public List<Partner> partners() {
        return partners.all();
    }

    @Override
    public Outcome<Partner> partner(PartnerId id) {
        return partners.find(id).map(Outcome::done).orElseGet(() -> Outcome.notFound("partner", id));
    }

    @Override
    public List<NetworkProfile> networks() {
        Map<NetworkId, List<IntegratedCareCommunity>> byNetwork = current().stream()
                .collect(Collectors.groupingBy(IntegratedCareCommunity::network));
        return networks.all().stream()
                .map(network -> new NetworkProfile(network, byNetwork.getOrDefault(network.id(), List.of())))
                .toList();
    }

    @Override
    public Outcome<NetworkProfile> network(Slug slug) {
        return networks.findBySlug(slug)
                .map(network -> Outcome.done(new NetworkProfile(network, current().stream()
                        .filter(community -> community.network().equals(network.id())).toList())))
                .orElseGet(() -> Outcome.notFound("clinical network", slug));
    }

    @Override
    public List<CommunityProfile> communities() {
        return profiles(current());
    }

    @Override
    public Outcome<CommunityProfile> community(Slug slug) {
        return communities.findBySlug(slug).filter(community -> !merged(community))
                .map(community -> Outcome.done(new CommunityProfile(community,
                        networks.find(community.network()).orElseThrow())))
                .orElseGet(() -> Outcome.notFound("community", slug));
    }

    @Override
    public List<WorkstreamProfile> workstreams() {
        Map<PartnerId, Partner> partnersById = partners.all().stream()
                .collect(Collectors.toMap(Partner::id, Function.identity()));
        return workstreams.all().stream().map(workstream -> profile(workstream, partnersById)).toList();
    }

    @Override
    public Outcome<WorkstreamProfile> workstream(Slug slug) {
        return workstreams.findBySlug(slug)
                .map(workstream -> Outcome.done(profile(workstream, partners.all().stream()
                        .collect(Collectors.toMap(Partner::id, Function.identity())))))
                .orElseGet(() -> Outcome.notFound("workstream", slug));
    }

    private static WorkstreamProfile profile(Workstream workstream, Map<PartnerId, Partner> partnersById) {
        return new WorkstreamProfile(workstream, workstream.lead().map(partnersById::get),
                workstream.involved().stream().map(partnersById::get).filter(Objects::nonNull)
                        .sorted(Comparator.comparing(Partner::name)).toList());
    }

    /** The communities that have not been merged into another (as of today, UK time). */
    private List<IntegratedCareCommunity> current() {
        return communities.all().stream().filter(community -> !merged(community)).toList();
    }

    private boolean merged(IntegratedCareCommunity community) {
        return histories.of(community.id()).mergedBy(UkTime.dayOf(clock.instant()));
    }

    /** Pairs each community with its network, in the order given. */
    private List<CommunityProfile> profiles(List<IntegratedCareCommunity> found) {
        Map<NetworkId, ClinicalNetwork> byId = networks.all().stream()
                .collect(Collectors.toMap(ClinicalNetwork::id, Function.identity()));
        return found.stream().map(community -> new CommunityProfile(community, byId.get(community.network()))).toList();
    }
}
