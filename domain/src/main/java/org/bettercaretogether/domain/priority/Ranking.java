package org.bettercaretogether.domain.priority;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Numbering;

import java.time.Instant;
import java.util.List;

/** Keeps a community's priorities ranked 1, 2, 3… with no gap and no tie, whatever moves. */
public final class Ranking {

    private static final Numbering<LocalPriority> RANKS = new Numbering<>(LocalPriority::rank, LocalPriority::atRank);

    private Ranking() {
    }

    /**
     * The community's priorities after {@code moving} goes to {@code toRank}, the others closing up behind it,
     * all numbered from 1; only those whose rank changed carry a new step in their history.
     */
    public static List<LocalPriority> move(List<LocalPriority> priorities, PriorityId moving, int toRank, Instant at) {
        int from = RANKS.placeOf(priorities, priority -> priority.id().equals(moving)).orElseThrow(
                () -> new InvalidValueException("priorityId", "must be one of the community's priorities"));
        if (toRank < 1 || toRank > priorities.size()) {
            throw new InvalidValueException("rank", "must be from 1 to " + priorities.size());
        }
        return RANKS.moved(priorities, from, toRank, at);
    }
}
