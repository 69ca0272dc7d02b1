package org.bettercaretogether.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.community.FindCommunityForPlace;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.health.CheckReadiness;
import org.bettercaretogether.web.directory.DirectoryWeb;
import org.bettercaretogether.web.place.PlaceWeb;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.WebServer;

/**
 * The public web server as the composition root builds it: the home page, the directory of partners,
 * networks, communities and workstreams, finding a community for a place, all as HTML pages and under
 * {@code /api/v1}, with {@code /health/ready} asking {@link CheckReadiness}.
 *
 * <pre>{@code
 * var server = PublicWeb.server(browseDirectory, findCommunityForPlace, checkReadiness).start(8080);
 * }</pre>
 */
public final class PublicWeb {

    private PublicWeb() {
    }

    /** Configures (but does not start) the server over the given inbound ports. */
    public static WebServer server(BrowseDirectory directory, FindCommunityForPlace places, CheckReadiness readiness) {
        Objects.requireNonNull(readiness, "readiness");
        List<Routes> groups = new ArrayList<>(DirectoryWeb.routes(directory));
        groups.addAll(PlaceWeb.routes(places));
        return new WebServer(groups, readiness::ready);
    }
}
