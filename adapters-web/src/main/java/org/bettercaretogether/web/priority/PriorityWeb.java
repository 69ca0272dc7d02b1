package org.bettercaretogether.web.priority;

import jakarta.inject.Inject;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * Local priorities and integrated teams across the programme: {@code /priorities} and
 * {@code /api/v1/priorities/comparison}, from {@code priorities}; {@code /integrated-teams} and
 * {@code /api/v1/teams/totals}, from {@code teams}, counting the communities in {@code directory}. (A community's own
 * priorities and team are sections of its page and sub-resources of its address, answered by the directory.)
 */
public final class PriorityWeb extends FeatureRoutes {

    @Inject
    public PriorityWeb(ReadPriorities priorities, ReadTeams teams, BrowseDirectory directory) {
        super(new PriorityRoutes(priorities, teams, directory), new PriorityApiRoutes(priorities, teams, directory));
    }
}
