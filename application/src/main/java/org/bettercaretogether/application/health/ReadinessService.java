package org.bettercaretogether.application.health;

import jakarta.inject.Inject;
import org.bettercaretogether.application.mail.Outbox;

import java.time.Clock;

/** Ready when the store answers; the details say how the mail outbox stands. */
public final class ReadinessService implements CheckReadiness {

    private final StoreHealth store;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public ReadinessService(StoreHealth store, Outbox outbox, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public boolean ready() {
        return store.reachable();
    }

    @Override
    public ReadinessDetails details() {
        return new ReadinessDetails(outbox.backlog(clock.instant()));
    }
}
