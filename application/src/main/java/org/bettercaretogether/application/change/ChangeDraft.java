package org.bettercaretogether.application.change;

import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.Slug;

import java.util.Optional;
import java.util.Set;

/**
 * A change as staff describe it: its wording, the community or workstream it belongs to (neither for the whole
 * programme; not both), the views (by reference) and themes that led to it, and the consultation (by slug) it came
 * from, if one did.
 */
public record ChangeDraft(String title, String description, Optional<Slug> community, Optional<Slug> workstream,
                          Set<FeedbackReference> views, Set<ThemeId> themes, Optional<Slug> consultation) {

    public ChangeDraft {
        title = Require.text(title, "title", 200);
        description = Require.text(description, "description", 5_000);
        Require.present(community, "community");
        Require.present(workstream, "workstream");
        if (community.isPresent() && workstream.isPresent()) {
            throw new InvalidValueException("workstream", "must not be given with a community: choose one, or neither for the whole programme");
        }
        views = Set.copyOf(Require.present(views, "views"));
        themes = Set.copyOf(Require.present(themes, "themes"));
        Require.present(consultation, "consultation");
    }
}
