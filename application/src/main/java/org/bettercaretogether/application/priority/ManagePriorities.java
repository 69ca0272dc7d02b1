package org.bettercaretogether.application.priority;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.shared.Slug;

import java.time.LocalDate;
import java.util.List;

/**
 * Engagement officers and administrators keep each community's priorities. Each change names the version it was made
 * on; ranks stay 1, 2, 3… without gaps. The owner must be a partner, the theme one of the managed list.
 */
public interface ManagePriorities {

    /** Adds a priority at the end of the community's list, proposed today (UK time). */
    Outcome<PriorityDetails> add(Actor actor, Slug community, PriorityDraft draft);

    Outcome<PriorityDetails> revise(Actor actor, PriorityId id, long version, PriorityDraft draft);

    /** Moves the priority to another status on {@code on} (not in the future). */
    Outcome<PriorityDetails> moveTo(Actor actor, PriorityId id, long version, PriorityStatus status, LocalDate on);

    /** Moves the priority to {@code rank}; the community's others close up. Answers the community's list, by rank. */
    Outcome<List<PriorityDetails>> rank(Actor actor, PriorityId id, long version, int rank);
}
