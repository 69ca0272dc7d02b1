package org.bettercaretogether.core.architecturefixture;

import org.bettercaretogether.web.platform.WebServer;

/** Breaks the dependency rule on purpose, to prove the architecture test would notice. Test code only. */
public final class WiringUsingWeb {

    public int port(WebServer server) {
        return server.port();
    }
}
