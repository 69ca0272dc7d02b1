package org.bettercaretogether.application.feedback;

import jakarta.inject.Inject;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.community.CommunityHistory;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns what a person names (a community's slug, say) into a subject, and a subject back into a name people read.
 *
 * <p>This is the one place that decides what a view may be about: the programme, or a community, workstream or
 * network of the directory by its current address. A community merged into another (from the day the merger takes
 * effect) can no longer be chosen; views given about it before stay about it, and are described by its name.
 */
public final class Subjects {

    /** How the programme as a whole is named when a view is about no one community, workstream or network. */
    public static final String PROGRAMME = "The programme as a whole";

    /** The parts of the stored data its kept answers are read from. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.DIRECTORY);

    private final Communities communities;
    private final CommunityHistories histories;
    private final Workstreams workstreams;
    private final ClinicalNetworks networks;
    private final ReadCache cache;
    private final Clock clock;

    @Inject
    public Subjects(Communities communities, CommunityHistories histories, Workstreams workstreams,
                    ClinicalNetworks networks, ReadCache cache, Clock clock) {
        this.communities = communities;
        this.histories = histories;
        this.workstreams = workstreams;
        this.networks = networks;
        this.cache = cache;
        this.clock = clock;
    }

    /** A subject's kind, slug and name. */
    public record Described(String kind, Optional<String> slug, String name) {
    }

    /** Everything a view may name or be about, read once and kept while the directory stays the same. */
    private record Known(Map<Slug, IntegratedCareCommunity> currentCommunities,
                         Map<Slug, IntegratedCareCommunity> communitiesBySlug,
                         Map<CommunityId, IntegratedCareCommunity> communities,
                         Map<Slug, Workstream> workstreamsBySlug, Map<WorkstreamId, Workstream> workstreams,
                         Map<Slug, ClinicalNetwork> networksBySlug, Map<NetworkId, ClinicalNetwork> networks) {
    }

    /**
     * The subject a person named, or empty when no current community, workstream or network has that address (a
     * community merged into another is no longer current).
     */
    public Optional<Subject> resolve(ViewAbout about) {
        return subject(about, known().currentCommunities());
    }

    /**
     * The subject of views already given that a reader names: like {@link #resolve}, but a community merged into
     * another is still found by its address, for the views given about it before.
     */
    public Optional<Subject> find(ViewAbout about) {
        return subject(about, known().communitiesBySlug());
    }

    private Optional<Subject> subject(ViewAbout about, Map<Slug, IntegratedCareCommunity> communities) {
        Known known = known();
        return switch (about.kind()) {
            case PROGRAMME -> Optional.of(Subject.programme());
            case COMMUNITY -> Optional.ofNullable(communities.get(about.slug().orElseThrow()))
                    .map(community -> new Subject.AboutCommunity(community.id()));
            case WORKSTREAM -> Optional.ofNullable(known.workstreamsBySlug().get(about.slug().orElseThrow()))
                    .map(workstream -> new Subject.AboutWorkstream(workstream.id()));
            case NETWORK -> Optional.ofNullable(known.networksBySlug().get(about.slug().orElseThrow()))
                    .map(network -> new Subject.AboutNetwork(network.id()));
        };
    }

    /** The field of a view a refusal of its subject names: the address of what it is about. */
    public static final String FIELD = "slug";

    /** The sentence that tells a person nothing matched what they named. */
    public static String unknown(ViewAbout about) {
        return unknown(about.kind(), about.slug().map(Slug::toString).orElse(""));
    }

    /** The sentence that tells a person no {@code kind} has the address {@code named}. */
    public static String unknown(ViewAbout.Kind kind, String named) {
        return "There is no " + kind.title() + " called '" + named + "'.";
    }

    public Described describe(Subject subject) {
        Known known = known();
        return switch (subject) {
            case Subject.AboutProgramme programme -> new Described(subject.kind(), Optional.empty(), PROGRAMME);
            case Subject.AboutCommunity(CommunityId id) -> Optional.ofNullable(known.communities().get(id))
                    .map(c -> new Described(subject.kind(), Optional.of(c.slug().toString()), c.name()))
                    .orElseGet(() -> new Described(subject.kind(), Optional.empty(), "A former community"));
            case Subject.AboutWorkstream(WorkstreamId id) -> Optional.ofNullable(known.workstreams().get(id))
                    .map(w -> new Described(subject.kind(), Optional.of(w.slug().toString()), w.name()))
                    .orElseGet(() -> new Described(subject.kind(), Optional.empty(), "A former workstream"));
            case Subject.AboutNetwork(NetworkId id) -> Optional.ofNullable(known.networks().get(id))
                    .map(n -> new Described(subject.kind(), Optional.of(n.slug().toString()), n.name()))
                    .orElseGet(() -> new Described(subject.kind(), Optional.empty(), "A former network"));
        };
    }

    private Known known() {
        LocalDate today = UkTime.dayOf(clock.instant());
        return cache.get(List.of("subjects", today), READ_FROM, () -> {
            List<IntegratedCareCommunity> all = communities.all();
            Set<CommunityId> merged = histories.all().stream().filter(history -> history.mergedBy(today))
                    .map(CommunityHistory::community).collect(Collectors.toSet());
            List<Workstream> allWorkstreams = workstreams.all();
            List<ClinicalNetwork> allNetworks = networks.all();
            return new Known(
                    all.stream().filter(community -> !merged.contains(community.id()))
                            .collect(Collectors.toUnmodifiableMap(IntegratedCareCommunity::slug, Function.identity())),
                    all.stream().collect(Collectors.toUnmodifiableMap(IntegratedCareCommunity::slug, Function.identity())),
                    all.stream().collect(Collectors.toUnmodifiableMap(IntegratedCareCommunity::id, Function.identity())),
                    allWorkstreams.stream().collect(Collectors.toUnmodifiableMap(Workstream::slug, Function.identity())),
                    allWorkstreams.stream().collect(Collectors.toUnmodifiableMap(Workstream::id, Function.identity())),
                    allNetworks.stream().collect(Collectors.toUnmodifiableMap(ClinicalNetwork::slug, Function.identity())),
                    allNetworks.stream().collect(Collectors.toUnmodifiableMap(ClinicalNetwork::id, Function.identity())));
        });
    }
}
