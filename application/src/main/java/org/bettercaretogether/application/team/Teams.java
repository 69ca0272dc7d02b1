package org.bettercaretogether.application.team;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.team.IntegratedTeam;

import java.util.List;
import java.util.Optional;

/** The integrated team of each community that has one described. */
public interface Teams {

    Optional<IntegratedTeam> find(CommunityId community);

    List<IntegratedTeam> all();

    /**
     * Stores a team: a new one when its version is 0 (answering empty if one was stored meanwhile), otherwise only if
     * its version is the stored one; answers it at the next version.
     */
    Optional<IntegratedTeam> save(IntegratedTeam team);
}
