package org.bettercaretogether.web.directory;

import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.web.platform.Routes;

/** The directory's route groups, for the composition of the public web server. */
public final class DirectoryWeb {

    private DirectoryWeb() {
    }

    /** The home page, partners, networks, communities and workstreams, all answered from {@code directory}. */
    public static List<Routes> routes(BrowseDirectory directory) {
        Objects.requireNonNull(directory, "directory");
        return List.of(
                new HomeRoutes(directory),
                new PartnerRoutes(directory),
                new NetworkRoutes(directory),
                new CommunityRoutes(directory),
                new WorkstreamRoutes(directory));
    }
}
