package org.bettercaretogether.application.change;

import org.bettercaretogether.application.feedback.PublishedView;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.feedback.FeedbackReference;

import java.util.List;
import java.util.Optional;

/**
 * A change made, with the names a reader needs: where it belongs (community or workstream name and slug, or the
 * programme), its themes' names, the references of all the views linked to it, and those of them that are published.
 * Staff see the references; the public sees only {@code publishedViews} and the count of the rest.
 */
public record ChangeSummary(ChangeMade change, String where, Optional<String> communitySlug,
                            Optional<String> workstreamSlug, List<String> themeNames,
                            List<FeedbackReference> viewReferences, List<PublishedView> publishedViews) {

    public ChangeSummary {
        themeNames = List.copyOf(themeNames);
        viewReferences = List.copyOf(viewReferences);
        publishedViews = List.copyOf(publishedViews);
    }

    /** Linked views that are not published (withheld, or waiting): counted for the public, never shown. */
    public int unpublishedViewCount() {
        return viewReferences.size() - publishedViews.size();
    }
}
