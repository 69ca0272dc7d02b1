package org.bettercaretogether.domain.follow;

import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one subscription for good. */
public record SubscriptionId(UUID value) {

    public SubscriptionId {
        Require.present(value, "subscriptionId");
    }

    public static SubscriptionId random() {
        return new SubscriptionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
