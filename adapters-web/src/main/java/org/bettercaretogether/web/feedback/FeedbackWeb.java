package org.bettercaretogether.web.feedback;

import jakarta.inject.Inject;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.feedback.SubmitFeedback;
import org.bettercaretogether.application.feedback.TrackFeedback;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * The public side of the feedback loop: giving a view ({@code /share-your-view}, {@code POST /api/v1/feedback}),
 * following it by its private link ({@code /track/{token}}, {@code /api/v1/track/{token}}), and reading the
 * published views and the listening scorecards ({@code /views}, {@code GET /api/v1/feedback},
 * {@code /api/v1/scorecard}, {@code /api/v1/communities/{slug}/scorecard}); {@code directory} names what a view can
 * be about.
 */
public final class FeedbackWeb extends FeatureRoutes {

    @Inject
    public FeedbackWeb(SubmitFeedback submit, TrackFeedback track, ReadPublishedFeedback published,
                       BrowseDirectory directory) {
        super(new ShareRoutes(submit, directory), new TrackRoutes(track), new PublishedRoutes(published, directory),
                new FeedbackApiRoutes(submit, track, published));
    }
}
