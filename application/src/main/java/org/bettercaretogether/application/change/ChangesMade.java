package org.bettercaretogether.application.change;

import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeMade;

import java.util.List;
import java.util.Optional;

/** Every change made that the programme has recorded. */
public interface ChangesMade {

    /** All changes, most recently planned first. */
    List<ChangeMade> all();

    Optional<ChangeMade> find(ChangeId id);

    /** Stores a new change at version 1. */
    ChangeMade add(ChangeMade change);

    /** Stores a changed change if its version is the stored one; empty otherwise. */
    Optional<ChangeMade> update(ChangeMade change);
}
