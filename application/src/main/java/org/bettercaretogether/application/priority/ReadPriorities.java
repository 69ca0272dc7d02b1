package org.bettercaretogether.application.priority;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.shared.Slug;

import java.util.List;

/** What anyone may read of the local priorities. */
public interface ReadPriorities {

    /** A community's priorities, by rank, with their history. */
    Outcome<List<PriorityDetails>> ofCommunity(Slug community);

    /** The priorities of every community side by side, by theme. */
    PriorityComparison comparison();
}
