package org.bettercaretogether.domain.community;

import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one Integrated Care Community for good; its name and slug may change, this does not. */
public record CommunityId(UUID value) {

    public CommunityId {
        Require.present(value, "communityId");
    }

    public static CommunityId random() {
        return new CommunityId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
