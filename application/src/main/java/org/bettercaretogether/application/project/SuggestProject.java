package org.bettercaretogether.application.project;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.project.ProjectId;

/**
 * Anyone, without an account, suggests a community project. It waits for an engagement officer's review and is not
 * shown to the public until it is accepted; the suggester's name and email are seen by staff only.
 */
public interface SuggestProject {

    /** Takes the suggestion; refused when it names no community this programme has. */
    Outcome<ProjectId> suggest(ProjectSuggestion suggestion);
}
