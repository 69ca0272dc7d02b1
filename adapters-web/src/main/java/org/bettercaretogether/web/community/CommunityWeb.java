package org.bettercaretogether.web.community;

import jakarta.inject.Inject;
import java.time.Clock;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.priority.ManagePriorities;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * The staff side of a community's life, for engagement officers and administrators (behind the staff gate): each
 * community's staff page with its team's figures ({@code teams}) and its priorities, kept through {@code priorities}
 * and read through {@code readPriorities}, with themes from {@code themes} and partners from {@code directory}; and
 * its stages, renamings and mergers ({@code communities}). Days are UK time, by {@code clock}.
 */
public final class CommunityWeb extends FeatureRoutes {

    @Inject
    public CommunityWeb(ManagePriorities priorities, ReadPriorities readPriorities, ReadTeams teams,
                        ShapeCommunities communities, ManageThemes themes, BrowseDirectory directory, Clock clock) {
        this(new StaffCommunityPages(readPriorities, teams, communities, themes, directory, clock),
                new StaffPriorities(readPriorities, directory, clock), priorities, readPriorities, communities, themes,
                directory, clock);
    }

    private CommunityWeb(StaffCommunityPages pages, StaffPriorities reading, ManagePriorities priorities,
                         ReadPriorities readPriorities, ShapeCommunities communities, ManageThemes themes,
                         BrowseDirectory directory, Clock clock) {
        super(new StaffCommunityRoutes(communities, directory, pages, clock),
                new StaffCommunityApiRoutes(communities),
                new StaffPriorityRoutes(priorities, reading, themes, directory, pages),
                new StaffPriorityApiRoutes(priorities, readPriorities, reading));
    }
}
