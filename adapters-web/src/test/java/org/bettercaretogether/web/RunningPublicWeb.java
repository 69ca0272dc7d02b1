package org.bettercaretogether.web;

import org.bettercaretogether.application.testing.InMemoryApplication;
import org.bettercaretogether.web.platform.WebServer;

/**
 * The public web server as {@link PublicWeb} builds it, over a fresh in-memory application holding the
 * Morecambe Bay reference data. Register it with {@code @RegisterExtension} on a static field (see
 * {@link RunningServer}).
 */
public final class RunningPublicWeb extends RunningServer {

    private InMemoryApplication application;

    @Override
    protected WebServer newServer() {
        application = InMemoryApplication.withReferenceData();
        return PublicWeb.server(application.browseDirectory(), application.findCommunityForPlace(),
                application.checkReadiness());
    }

    /** The application the running server reads. */
    public InMemoryApplication application() {
        server();
        return application;
    }
}
