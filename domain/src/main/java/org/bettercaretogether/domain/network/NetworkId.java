package org.bettercaretogether.domain.network;

import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one clinical network for good; its name and slug may change, this does not. */
public record NetworkId(UUID value) {

    public NetworkId {
        Require.present(value, "networkId");
    }

    public static NetworkId random() {
        return new NetworkId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
