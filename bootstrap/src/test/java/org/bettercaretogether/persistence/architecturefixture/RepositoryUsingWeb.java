package org.bettercaretogether.persistence.architecturefixture;

import org.bettercaretogether.web.platform.WebServer;

/** Breaks the dependency rule on purpose, to prove the architecture test would notice. Test code only. */
public final class RepositoryUsingWeb {

    public int port(WebServer server) {
        return server.port();
    }
}
