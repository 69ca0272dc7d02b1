package org.bettercaretogether.application.team;

import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.team.TeamRole;

import java.time.LocalDate;
import java.util.List;

/** A community's team make-up as staff enter it, and the day the figures describe. */
public record TeamDraft(List<TeamRole> roles, LocalDate asOf) {

    public TeamDraft {
        roles = Require.listOf(roles, "roles");
        Require.present(asOf, "asOf");
    }
}
