package org.bettercaretogether.application.health;

import jakarta.inject.Inject;

/** Ready when the store answers. */
public final class ReadinessCheck implements CheckReadiness {

    private final StoreHealth store;

    @Inject
    public ReadinessCheck(StoreHealth store) {
        this.store = store;
    }

    @Override
    public boolean ready() {
        return store.reachable();
    }
}
