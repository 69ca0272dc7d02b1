package org.bettercaretogether.application.vanguard;

import org.bettercaretogether.domain.vanguard.Vanguard;

import java.util.Optional;

/** Where the one vanguard's profile is kept. */
public interface VanguardRecord {

    Optional<Vanguard> current();

    /** Stores the profile for the first time; it comes back at version 1. */
    Vanguard add(Vanguard vanguard);

    /** Stores a change unless the profile changed since it was read; empty if it did or there is none. */
    Optional<Vanguard> update(Vanguard vanguard);
}
