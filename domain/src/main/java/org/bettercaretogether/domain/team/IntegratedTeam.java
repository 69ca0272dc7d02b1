package org.bettercaretogether.domain.team;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The make-up of an Integrated Care Community's integrated team: professions from several partners working as one
 * team. Each profession appears once per employer. {@code asOf} is the day the figures describe.
 */
public record IntegratedTeam(CommunityId community, List<TeamRole> roles, Optional<LocalDate> asOf, long version) {

    public IntegratedTeam {
        Require.present(community, "community");
        roles = Require.listOf(roles, "roles");
        Require.present(asOf, "asOf");
        Require.version(version);
        Set<String> seen = new HashSet<>();
        for (TeamRole role : roles) {
            if (!seen.add(role.profession() + "/" + role.employer())) {
                throw new InvalidValueException("roles", "must name each profession once for each employer");
            }
        }
    }

    /** A community whose team has not been described yet. */
    public static IntegratedTeam undescribed(CommunityId community) {
        return new IntegratedTeam(community, List.of(), Optional.empty(), 0);
    }

    public IntegratedTeam withVersion(long newVersion) {
        return new IntegratedTeam(community, roles, asOf, newVersion);
    }
}
