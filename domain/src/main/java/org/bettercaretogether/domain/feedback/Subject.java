package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.workstream.WorkstreamId;

import java.util.Optional;
import java.util.UUID;

/** What a view is about: one Integrated Care Community, one workstream of the review, one network, or the whole programme. */
public sealed interface Subject {

    /** The kind of subject as it is written in addresses, forms and storage. */
    String kind();

    /** The identity of the community, workstream or network; absent for the programme. */
    Optional<UUID> id();

    record AboutProgramme() implements Subject {
        @Override
        public String kind() {
            return "programme";
        }

        @Override
        public Optional<UUID> id() {
            return Optional.empty();
        }
    }

    record AboutCommunity(CommunityId community) implements Subject {
        public AboutCommunity {
            Require.present(community, "community");
        }

        @Override
        public String kind() {
            return "community";
        }

        @Override
        public Optional<UUID> id() {
            return Optional.of(community.value());
        }
    }

    record AboutWorkstream(WorkstreamId workstream) implements Subject {
        public AboutWorkstream {
            Require.present(workstream, "workstream");
        }

        @Override
        public String kind() {
            return "workstream";
        }

        @Override
        public Optional<UUID> id() {
            return Optional.of(workstream.value());
        }
    }

    record AboutNetwork(NetworkId network) implements Subject {
        public AboutNetwork {
            Require.present(network, "network");
        }

        @Override
        public String kind() {
            return "network";
        }

        @Override
        public Optional<UUID> id() {
            return Optional.of(network.value());
        }
    }

    static Subject programme() {
        return new AboutProgramme();
    }

    /** Rebuilds a subject from its kind and identity, as stored. */
    static Subject of(String kind, Optional<UUID> id) {
        return switch (kind) {
            case "programme" -> programme();
            case "community" -> new AboutCommunity(new CommunityId(id.orElseThrow()));
            case "workstream" -> new AboutWorkstream(new WorkstreamId(id.orElseThrow()));
            case "network" -> new AboutNetwork(new NetworkId(id.orElseThrow()));
            default -> throw new InvalidValueException("about", "must be a community, a workstream, a network or the programme");
        };
    }
}
