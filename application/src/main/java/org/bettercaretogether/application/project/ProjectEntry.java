package org.bettercaretogether.application.project;

import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.shared.Require;

/**
 * A project as it is shown, with whether its entry is due for a check today (its last check
 * {@link CommunityProject#CHECK_EVERY} or more ago), so that a page can say "last checked on …" with the warning it
 * needs.
 */
public record ProjectEntry(CommunityProject project, boolean dueForCheck) {

    public ProjectEntry {
        Require.present(project, "project");
    }
}
