package org.bettercaretogether.web.project;

import jakarta.inject.Inject;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.FindCommunityForPlace;
import org.bettercaretogether.application.project.BrowseProjects;
import org.bettercaretogether.application.project.ReportProject;
import org.bettercaretogether.application.project.ReviewProjects;
import org.bettercaretogether.application.project.SuggestProject;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * Community projects: the public pages and forms and the public API (found through {@code browse}, with the
 * communities of {@code directory} and a place found by {@code places}; suggested through {@code suggest}, reported
 * through {@code report}) and, behind the staff gate, their review through {@code review}.
 */
public final class ProjectWeb extends FeatureRoutes {

    @Inject
    public ProjectWeb(BrowseProjects browse, SuggestProject suggest, ReportProject report, ReviewProjects review,
                      BrowseDirectory directory, FindCommunityForPlace places) {
        super(new ProjectRoutes(browse, suggest, report, directory, places),
                new ProjectApiRoutes(browse, directory, places),
                new StaffProjectRoutes(review, directory));
    }
}
