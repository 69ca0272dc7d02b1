package org.bettercaretogether.web.staff;

import java.time.Clock;
import java.time.Duration;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.web.RunningPublicWeb;

/** The servers staff tests run against (the staff feature's and the administrators' pages in other features). */
public final class StaffServers {

    private StaffServers() {
    }

    /**
     * Plain HTTP, not behind a proxy. Every test signs in from 127.0.0.1, so the per-address sign-in limit is
     * raised; the per-account limit on failures stays at its default of 5 in 15 minutes.
     */
    public static RunningPublicWeb plainHttp() {
        return new RunningPublicWeb(Clock.systemUTC(), RunningPublicWeb.securitySettings(
                new Limit(1000, Duration.ofMinutes(15)), new Limit(5, Duration.ofMinutes(15)),
                new Limit(1000, Duration.ofMinutes(10))), false);
    }

    /** Behind a proxy the server trusts, which browsers reach over HTTPS. */
    public static RunningPublicWeb behindHttpsProxy() {
        return new RunningPublicWeb(Clock.systemUTC(), RunningPublicWeb.securitySettings(
                new Limit(1000, Duration.ofMinutes(15)), new Limit(5, Duration.ofMinutes(15)),
                new Limit(1000, Duration.ofMinutes(10))), true);
    }
}
