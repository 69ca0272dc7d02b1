package org.bettercaretogether.application.project;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.PageRequest;
import org.bettercaretogether.domain.project.ProjectId;

import java.util.Optional;

/**
 * What anyone may read of the community projects: the listed ones, found by community, category, day and cost, a page
 * at a time; and one project's entry, while it is listed or after it has closed. Nothing of who suggested a project.
 */
public interface BrowseProjects {

    /** The most projects one page holds. */
    int MOST_PER_PAGE = 100;

    /**
     * One page of the listed projects that match {@code search}, by name, starting after the position of
     * {@code cursor}; refused for a limit out of 1 to {@value #MOST_PER_PAGE} or a cursor this service did not give.
     */
    Outcome<PageRequest.Page<ProjectEntry>> find(ProjectSearch search, Optional<String> cursor, int limit);

    /** The project's public entry; not found while it is suggested or once declined. */
    Outcome<ProjectEntry> project(ProjectId id);
}
