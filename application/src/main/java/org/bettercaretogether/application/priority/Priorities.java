package org.bettercaretogether.application.priority;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.priority.PriorityId;

import java.util.List;
import java.util.Optional;

/** Every local priority of every community. */
public interface Priorities {

    /** A community's priorities, by rank. */
    List<LocalPriority> ofCommunity(CommunityId community);

    /** Every priority, by community and rank. */
    List<LocalPriority> all();

    Optional<LocalPriority> find(PriorityId id);

    /**
     * Holds the community's priorities until this transaction ends: another transaction holding them waits meanwhile.
     * Taken before reading the ranks that an addition or a re-ranking is based on, so that two at once cannot give two
     * priorities one rank.
     */
    void hold(CommunityId community);

    /** Stores a new priority at version 1. */
    LocalPriority add(LocalPriority priority);

    /** Stores a changed priority if its version is the stored one; empty otherwise. */
    Optional<LocalPriority> update(LocalPriority priority);
}
