package org.bettercaretogether.web.directory;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CorrectDirectory;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.web.platform.Routes;

/** The directory's route groups, for the composition of the public web server. */
public final class DirectoryWeb {

    private DirectoryWeb() {
    }

    /**
     * The home page, partners, networks, communities and workstreams, all answered from {@code directory}; a
     * community's and a workstream's page also show the newest views published about it (and a community's
     * listening scorecard) from {@code published}. A community's page and API also bring its life together: its
     * local {@code priorities}, its integrated team from {@code teams}, its upcoming {@code meetings} (those not
     * ended by the {@code clock}) and its history from {@code shaping}, which also says where a former address
     * now leads.
     */
    public static List<Routes> routes(BrowseDirectory directory, ReadPublishedFeedback published,
                                      ReadPriorities priorities, ReadTeams teams, BrowseMeetings meetings,
                                      ShapeCommunities shaping, Clock clock) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(published, "published");
        return List.of(
                new HomeRoutes(directory),
                new PartnerRoutes(directory),
                new NetworkRoutes(directory),
                new CommunityRoutes(directory, published, Objects.requireNonNull(priorities, "priorities"),
                        Objects.requireNonNull(teams, "teams"), Objects.requireNonNull(meetings, "meetings"),
                        Objects.requireNonNull(shaping, "shaping"), Objects.requireNonNull(clock, "clock")),
                new WorkstreamRoutes(directory, published));
    }

    /**
     * Administrators' corrections to the directory, as staff pages under {@code /staff/reference-data} and in the
     * staff API (behind the staff gate): read from {@code directory}, made through {@code corrections}.
     */
    public static List<Routes> corrections(BrowseDirectory directory, CorrectDirectory corrections) {
        return List.of(new CorrectionRoutes(Objects.requireNonNull(directory, "directory"),
                Objects.requireNonNull(corrections, "corrections")));
    }
}
