package org.bettercaretogether.memory.architecturefixture;

import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.persistence.PostgresAdapters;

/** Breaks the dependency rule on purpose, to prove the architecture test would notice. Test code only. */
public final class StoreUsingPersistence {

    public int waiting(PostgresAdapters adapters) {
        return adapters.port(Outbox.class).waiting();
    }
}
