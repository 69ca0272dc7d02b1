package org.bettercaretogether.application.team;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.ProfessionId;

/**
 * Engagement officers and administrators record each community's team make-up (replacing it whole, naming the version
 * they read) and keep the list of professions.
 */
public interface ManageTeams {

    Outcome<TeamSummary> describe(Actor actor, Slug community, long version, TeamDraft team);

    Outcome<Profession> addProfession(Actor actor, String name);

    Outcome<Profession> setProfessionInUse(Actor actor, ProfessionId id, long version, boolean inUse);
}
