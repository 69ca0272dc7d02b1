package org.bettercaretogether.web.community;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.meeting.ScheduleMeetings;
import org.bettercaretogether.application.priority.ManagePriorities;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.team.ManageTeams;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.web.meeting.StaffMeetingRoutes;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.priority.StaffPriorityRoutes;
import org.bettercaretogether.web.team.StaffProfessionRoutes;
import org.bettercaretogether.web.team.StaffTeamRoutes;

/**
 * The staff side of a community's life — priorities, the team and professions, stages, renamings and mergers, and
 * meetings — for the composition of the web server (behind the staff gate).
 */
public final class CommunityLifeStaffWeb {

    private CommunityLifeStaffWeb() {
    }

    /**
     * The staff pages and API of a community's life, for engagement officers and administrators: each community's
     * staff page with its priorities ({@code priorities}, read through {@code readPriorities}, with themes from
     * {@code themes} and partners from {@code directory}), its team and the professions ({@code teams},
     * {@code readTeams}), its stages, renamings and mergers ({@code communities}); and the meetings
     * ({@code meetings}). Days and times are UK time, by {@code clock}.
     */
    public static List<Routes> routes(ManagePriorities priorities, ReadPriorities readPriorities, ManageTeams teams,
                                      ReadTeams readTeams, ShapeCommunities communities, ScheduleMeetings meetings,
                                      ManageThemes themes, BrowseDirectory directory, Clock clock) {
        Objects.requireNonNull(priorities, "priorities");
        Objects.requireNonNull(readPriorities, "readPriorities");
        Objects.requireNonNull(teams, "teams");
        Objects.requireNonNull(readTeams, "readTeams");
        Objects.requireNonNull(communities, "communities");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(clock, "clock");
        var communityPages = new StaffCommunityPages(readPriorities, readTeams, communities, themes, directory, clock);
        return List.of(
                new StaffCommunityRoutes(communities, directory, communityPages, clock),
                new StaffPriorityRoutes(priorities, readPriorities, themes, directory, communityPages, clock),
                new StaffTeamRoutes(teams, readTeams, directory, clock),
                new StaffProfessionRoutes(teams, readTeams),
                new StaffMeetingRoutes(meetings, directory, clock));
    }
}
