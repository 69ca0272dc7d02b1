package org.bettercaretogether.web.moderation;

import jakarta.inject.Inject;
import java.time.Clock;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.EnterFeedback;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * The staff side of the feedback loop (behind the staff gate): the moderation queue and the other lists of views,
 * entering views, and each view's page and its changes; as pages and in the staff API, each kind in a class of its own
 * ({@code meetings}:
 * those a view entered may have been given at). The lists and the entry pages come before a view's page, whose
 * {@code /staff/feedback/{id}} would otherwise take {@code new} or {@code import} for an id.
 */
public final class ModerationWeb extends FeatureRoutes {

    @Inject
    public ModerationWeb(ModerateFeedback moderate, RespondToFeedback respond, EnterFeedback enter,
                         ManageThemes themes, BrowseDirectory directory,
                         BrowseMeetings meetings, Clock clock) {
        super(new ListRoutes(moderate, respond),
                new ListApiRoutes(moderate, respond, themes, clock),
                new EntryRoutes(enter, directory, meetings, clock),
                new EntryApiRoutes(enter),
                new ViewRoutes(moderate, respond, themes, directory, clock),
                new ViewApiRoutes(moderate, respond, themes, clock));
    }
}
