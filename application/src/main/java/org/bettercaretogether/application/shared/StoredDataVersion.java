package org.bettercaretogether.application.shared;

import java.util.Set;

/**
 * A number that moves whenever some part of the stored data may have changed, whoever changed it: this service,
 * another node of it on the same database, or a command run beside it. While it stays the same for the parts an
 * answer was read from, that answer still holds, so a {@link ReadCache} may give it again without asking the store.
 *
 * <p>An adapter may let the number lag behind changes made elsewhere by a short, documented while (the PostgreSQL
 * adapter checks at most once a second), but never behind a change it committed itself: what a node has written,
 * the same node reads back at once.
 */
public interface StoredDataVersion {

    /**
     * The version of {@code parts} now: equal to an earlier answer for the same parts only if nothing stored in them
     * has changed since (as far as known).
     */
    long current(Set<StoredData> parts);
}
