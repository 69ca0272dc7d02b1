package org.bettercaretogether.web.project;

import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;

import java.util.List;

/**
 * The model of a list of projects: {@code /projects}, or one community's at {@code /communities/{slug}/projects}
 * ({@code community} then names it, and the community filter is fixed). The filters as given with their choices and
 * any errors, the projects of this page, which communities a place given was found in, and the links to the first and
 * next pages.
 */
public record ProjectsPage(String heading, String action, String community, ProjectFilters filters,
                           List<Choice> communities, List<Choice> categories, List<Choice> days, FormErrors errors,
                           List<ProjectSummary> projects, String nearNote, String firstHref, String nextHref) {

    public ProjectsPage {
        communities = List.copyOf(communities);
        categories = List.copyOf(categories);
        days = List.copyOf(days);
        projects = List.copyOf(projects);
    }

    public String title() {
        return errors.isEmpty() ? heading : "Error: " + heading;
    }

    public String suggestHref() {
        return ProjectRoutes.SUGGEST;
    }
}
