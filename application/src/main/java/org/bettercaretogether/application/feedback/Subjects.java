package org.bettercaretogether.application.feedback;

import jakarta.inject.Inject;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.workstream.WorkstreamId;

import java.util.Optional;

/** Turns what a person names (a community's slug, say) into a subject, and a subject back into a name people read. */
public final class Subjects {

    /** How the programme as a whole is named when a view is about no one community, workstream or network. */
    public static final String PROGRAMME = "The programme as a whole";

    private final Communities communities;
    private final Workstreams workstreams;
    private final ClinicalNetworks networks;

    @Inject
    public Subjects(Communities communities, Workstreams workstreams, ClinicalNetworks networks) {
        this.communities = communities;
        this.workstreams = workstreams;
        this.networks = networks;
    }

    /** A subject's kind, slug and name. */
    public record Described(String kind, Optional<String> slug, String name) {
    }

    /** The subject a person named, or empty when no community, workstream or network has that slug. */
    public Optional<Subject> resolve(ViewAbout about) {
        return switch (about.kind()) {
            case PROGRAMME -> Optional.of(Subject.programme());
            case COMMUNITY -> communities.findBySlug(about.slug().orElseThrow())
                    .map(community -> new Subject.AboutCommunity(community.id()));
            case WORKSTREAM -> workstreams.findBySlug(about.slug().orElseThrow())
                    .map(workstream -> new Subject.AboutWorkstream(workstream.id()));
            case NETWORK -> networks.findBySlug(about.slug().orElseThrow())
                    .map(network -> new Subject.AboutNetwork(network.id()));
        };
    }

    /** The sentence that tells a person nothing matched what they named. */
    public static String unknown(ViewAbout about) {
        return "There is no " + about.kind().key() + " called '" + about.slug().map(Slug::toString).orElse("") + "'.";
    }

    public Described describe(Subject subject) {
        return switch (subject) {
            case Subject.AboutProgramme programme -> new Described(subject.kind(), Optional.empty(), PROGRAMME);
            case Subject.AboutCommunity(CommunityId id) -> communities.find(id)
                    .map(c -> new Described(subject.kind(), Optional.of(c.slug().toString()), c.name()))
                    .orElseGet(() -> new Described(subject.kind(), Optional.empty(), "A former community"));
            case Subject.AboutWorkstream(WorkstreamId id) -> workstreams.find(id)
                    .map(w -> new Described(subject.kind(), Optional.of(w.slug().toString()), w.name()))
                    .orElseGet(() -> new Described(subject.kind(), Optional.empty(), "A former workstream"));
            case Subject.AboutNetwork(NetworkId id) -> networks.find(id)
                    .map(n -> new Described(subject.kind(), Optional.of(n.slug().toString()), n.name()))
                    .orElseGet(() -> new Described(subject.kind(), Optional.empty(), "A former network"));
        };
    }
}
