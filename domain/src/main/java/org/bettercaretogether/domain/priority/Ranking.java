package org.bettercaretogether.domain.priority;

import org.bettercaretogether.domain.shared.InvalidValueException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps a community's priorities ranked 1, 2, 3… with no gap and no tie, whatever moves. */
public final class Ranking {

    private Ranking() {
    }

    /**
     * The community's priorities after {@code moving} goes to {@code toRank}, the others closing up behind it,
     * all numbered from 1; only those whose rank changed carry a new step in their history.
     */
    public static List<LocalPriority> move(List<LocalPriority> priorities, PriorityId moving, int toRank, Instant at) {
        List<LocalPriority> ordered = new ArrayList<>(priorities.stream()
                .sorted(Comparator.comparingInt(LocalPriority::rank)).toList());
        LocalPriority moved = ordered.stream().filter(p -> p.id().equals(moving)).findFirst()
                .orElseThrow(() -> new InvalidValueException("priorityId", "must be one of the community's priorities"));
        if (toRank < 1 || toRank > ordered.size()) {
            throw new InvalidValueException("rank", "must be from 1 to " + ordered.size());
        }
        ordered.remove(moved);
        ordered.add(toRank - 1, moved);
        return renumbered(ordered, at);
    }

    /** The priorities in the order given, numbered from 1. */
    public static List<LocalPriority> renumbered(List<LocalPriority> inOrder, Instant at) {
        List<LocalPriority> result = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            result.add(inOrder.get(i).atRank(i + 1, at));
        }
        return result;
    }
}
