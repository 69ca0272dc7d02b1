package org.bettercaretogether.application.team;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.team.Profession;

import java.util.List;

/** What anyone may read of the integrated teams. */
public interface ReadTeams {

    /** A community's team (empty lines when not yet described). */
    Outcome<TeamSummary> team(Slug community);

    /** The programme's totals by profession and by partner. */
    TeamTotals totals();

    /** The professions of the managed list. */
    List<Profession> professions();
}
