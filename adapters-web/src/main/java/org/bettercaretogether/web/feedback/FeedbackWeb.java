package org.bettercaretogether.web.feedback;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.feedback.SubmitFeedback;
import org.bettercaretogether.application.feedback.TrackFeedback;
import org.bettercaretogether.web.platform.Routes;

/**
 * The public side of the feedback loop's route groups, for the composition of the web server: giving a view
 * ({@code /share-your-view}, {@code POST /api/v1/feedback}), following it by its private link ({@code /track/{token}},
 * {@code /api/v1/track/{token}}), and reading the published views and the listening scorecards ({@code /views},
 * {@code GET /api/v1/feedback}, {@code /api/v1/scorecard}, {@code /api/v1/communities/{slug}/scorecard}).
 */
public final class FeedbackWeb {

    private FeedbackWeb() {
    }

    /**
     * The route groups over the given ports; {@code directory} names what a view can be about. The clock is not
     * needed yet: the use cases tell the time, and the pages only format the instants they answer.
     */
    public static List<Routes> routes(SubmitFeedback submit, TrackFeedback track, ReadPublishedFeedback published,
                                      BrowseDirectory directory, Clock clock) {
        Objects.requireNonNull(submit, "submit");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(clock, "clock");
        return List.of(new ShareRoutes(submit, directory), new TrackRoutes(track),
                new PublishedRoutes(published, directory));
    }
}
