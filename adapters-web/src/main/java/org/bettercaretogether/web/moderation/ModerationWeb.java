package org.bettercaretogether.web.moderation;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.EnterFeedback;
import org.bettercaretogether.application.feedback.EraseContributorData;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.web.platform.Routes;

/** The staff side of the feedback loop's route groups, for the composition of the web server (behind the staff gate). */
public final class ModerationWeb {

    private ModerationWeb() {
    }

    /**
     * The moderation queue and the other lists of views, entering views, each view's page and its changes, and
     * erasure; as pages and in the staff API ({@code meetings}: those a view entered may have been given at). The
     * lists and the entry pages come before a view's page, whose {@code /staff/feedback/{id}} would otherwise take
     * {@code new} or {@code import} for an id.
     */
    public static List<Routes> routes(ModerateFeedback moderate, RespondToFeedback respond, EnterFeedback enter,
                                      EraseContributorData erase, ManageThemes themes, BrowseDirectory directory,
                                      BrowseMeetings meetings, Clock clock) {
        Objects.requireNonNull(moderate, "moderate");
        Objects.requireNonNull(respond, "respond");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(clock, "clock");
        return List.of(new ListRoutes(moderate, respond, themes, clock),
                new EntryRoutes(Objects.requireNonNull(enter, "enter"), directory,
                        Objects.requireNonNull(meetings, "meetings"), clock),
                new ViewRoutes(moderate, respond, themes, directory, clock),
                new ErasureRoutes(Objects.requireNonNull(erase, "erase")));
    }
}
