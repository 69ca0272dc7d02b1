package org.bettercaretogether.application.change;

import org.bettercaretogether.application.feedback.PublishedView;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.shared.Slug;

import java.util.List;
import java.util.Optional;

/**
 * A change made, with the names a reader needs: where it belongs (community or workstream name and slug, or the
 * programme), its themes' names, how many views are linked to it and how many of them are published, the references
 * of all of them ({@code viewReferences}: for staff; none for the public), and the most recently published of them
 * ({@code publishedViews}: up to {@link #PUBLISHED_VIEWS_SHOWN} for the public, none for staff, who see the
 * references). The public sees only the published views and the counts. {@code cameFrom} names the consultation the
 * change came from, if one did.
 */
public record ChangeSummary(ChangeMade change, String where, Optional<String> communitySlug,
                            Optional<String> workstreamSlug, List<String> themeNames,
                            List<FeedbackReference> viewReferences, int linkedViewCount, int publishedViewCount,
                            List<PublishedView> publishedViews, Optional<CameFrom> cameFrom) {

    /**
     * How many published views the public summary of a change quotes: the most recently published. A change can be
     * made in answer to hundreds of views; the page about changes must stay a page.
     */
    public static final int PUBLISHED_VIEWS_SHOWN = 5;

    public ChangeSummary {
        themeNames = List.copyOf(themeNames);
        viewReferences = List.copyOf(viewReferences);
        publishedViews = List.copyOf(publishedViews);
    }

    /** The consultation a change came from: its address (its results are at that address) and its title. */
    public record CameFrom(Slug slug, String title) {
    }

    /** Linked views that are not published (withheld, or waiting): counted for the public, never shown. */
    public int unpublishedViewCount() {
        return linkedViewCount - publishedViewCount;
    }

    /** Published views linked to the change that the summary does not quote. */
    public int publishedViewsNotShown() {
        return publishedViewCount - publishedViews.size();
    }
}
