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

    /** Stores a new priority at version 1. */
    LocalPriority add(LocalPriority priority);

    /** Stores a changed priority if its version is the stored one; empty otherwise. */
    Optional<LocalPriority> update(LocalPriority priority);
}
