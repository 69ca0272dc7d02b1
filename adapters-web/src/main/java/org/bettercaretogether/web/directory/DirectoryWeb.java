package org.bettercaretogether.web.directory;

import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CorrectDirectory;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.web.platform.Routes;

/** The directory's route groups, for the composition of the public web server. */
public final class DirectoryWeb {

    private DirectoryWeb() {
    }

    /**
     * The home page, partners, networks, communities and workstreams, all answered from {@code directory}; a
     * community's and a workstream's page also show the newest views published about it (and a community's
     * listening scorecard) from {@code published}.
     */
    public static List<Routes> routes(BrowseDirectory directory, ReadPublishedFeedback published) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(published, "published");
        return List.of(
                new HomeRoutes(directory),
                new PartnerRoutes(directory),
                new NetworkRoutes(directory),
                new CommunityRoutes(directory, published),
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
