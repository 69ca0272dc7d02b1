package org.bettercaretogether.web.priority;

import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.web.platform.Routes;

/**
 * The public pages and API of local priorities and integrated teams across the programme, for the composition of the
 * web server. (A community's own priorities and team are sections of its page and sub-resources of its API address,
 * answered with the directory: see {@link PrioritySection}, {@link TeamSection}, {@link PublicPriority} and
 * {@link PublicTeam}.)
 */
public final class PriorityWeb {

    private PriorityWeb() {
    }

    /**
     * {@code /priorities} and {@code /api/v1/priorities/comparison}, from {@code priorities}; {@code /integrated-teams}
     * and {@code /api/v1/teams/totals}, from {@code teams}, counting the communities in {@code directory}.
     */
    public static List<Routes> routes(ReadPriorities priorities, ReadTeams teams, BrowseDirectory directory) {
        return List.of(new ComparisonRoutes(Objects.requireNonNull(priorities, "priorities")),
                new TeamTotalsRoutes(Objects.requireNonNull(teams, "teams"),
                        Objects.requireNonNull(directory, "directory")));
    }
}
