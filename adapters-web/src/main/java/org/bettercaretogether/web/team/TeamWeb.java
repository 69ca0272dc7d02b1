package org.bettercaretogether.web.team;

import jakarta.inject.Inject;
import java.time.Clock;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.team.ManageTeams;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.web.platform.FeatureRoutes;
import org.bettercaretogether.web.platform.ManagedList;
import org.bettercaretogether.web.platform.ManagedListApiRoutes;
import org.bettercaretogether.web.platform.ManagedListRoutes;

/**
 * Staff keeping each community's integrated team and the managed list of professions (behind the staff gate):
 * kept through {@code teams}, read through {@code read}, with employers from {@code directory}; days are UK time,
 * by {@code clock}.
 */
public final class TeamWeb extends FeatureRoutes {

    @Inject
    public TeamWeb(ManageTeams teams, ReadTeams read, BrowseDirectory directory, Clock clock) {
        this(teams, read, directory, clock, ProfessionList.of(teams, read));
    }

    private TeamWeb(ManageTeams teams, ReadTeams read, BrowseDirectory directory, Clock clock,
                    ManagedList<Profession, ProfessionId> professions) {
        super(new StaffTeamRoutes(teams, read, directory, clock), new StaffTeamApiRoutes(teams, read),
                new ManagedListRoutes<>(professions), new ManagedListApiRoutes<>(professions));
    }
}
