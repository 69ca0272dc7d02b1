package org.bettercaretogether.application.project;

import org.bettercaretogether.domain.project.ProjectDetails;
import org.bettercaretogether.domain.project.Suggester;
import org.bettercaretogether.domain.shared.Require;

/** A project suggested by a member of the public, with who they are if they said (personal data, staff only). */
public record ProjectSuggestion(ProjectDetails details, Suggester suggester) {

    public ProjectSuggestion {
        Require.present(details, "details");
        Require.present(suggester, "suggester");
    }

    @Override
    public String toString() {
        return "ProjectSuggestion[" + details.name() + "]";
    }
}
