package org.bettercaretogether.application.health;

import jakarta.inject.Inject;

/** Ready when the store answers. */
public final class ReadinessService implements CheckReadiness {

    private final StoreHealth store;

    @Inject
    public ReadinessService(StoreHealth store) {
        this.store = store;
    }

    @Override
    public boolean ready() {
        return store.reachable();
    }
}
