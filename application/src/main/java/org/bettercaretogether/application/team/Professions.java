package org.bettercaretogether.application.team;

import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.ProfessionId;

import java.util.List;
import java.util.Optional;

/** The managed list of professions, in name order. */
public interface Professions {

    List<Profession> all();

    Optional<Profession> find(ProfessionId id);

    /** Stores a new profession at version 1; empty when the name (ignoring case) is taken. */
    Optional<Profession> add(Profession profession);

    /** Stores a changed profession if its version is the stored one; empty otherwise. */
    Optional<Profession> update(Profession profession);
}
