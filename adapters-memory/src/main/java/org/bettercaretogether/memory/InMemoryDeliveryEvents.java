package org.bettercaretogether.memory;

import org.bettercaretogether.application.mail.DeliveryEvents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Failures to deliver mail, kept for tests to read as lines such as an operator's log would show. */
public final class InMemoryDeliveryEvents implements DeliveryEvents {

    private final List<String> reported = new ArrayList<>();

    @Override
    public synchronized void failed(UUID message, int attempts, Instant retryAt, String reason) {
        reported.add("failed " + message + " attempts=" + attempts + " retry-at=" + retryAt + " reason=" + reason);
    }

    @Override
    public synchronized void undelivered(UUID message, int attempts, String reason) {
        reported.add("undelivered " + message + " attempts=" + attempts + " reason=" + reason);
    }

    /** Every event reported so far, oldest first. */
    public synchronized List<String> reported() {
        return List.copyOf(reported);
    }
}
