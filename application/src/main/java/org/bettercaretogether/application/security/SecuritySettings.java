package org.bettercaretogether.application.security;

import java.time.Duration;

/**
 * How long sessions and tokens last, and how many attempts are allowed.
 *
 * @param sessionIdleTimeout     a session unused this long ends
 * @param sessionAbsoluteTimeout a session ends this long after sign-in, however active
 * @param signInsPerSource       sign-in attempts allowed from one network address
 * @param failedSignInsPerAccount failed sign-ins allowed for one account before it is throttled
 * @param publicPostsPerSource   public form and API submissions allowed from one network address
 * @param tokenLifetime          how long an API token lasts unless its owner asks for less
 * @param maximumTokenLifetime   the longest an API token may last
 * @param registrationsPerSourceForMeeting registrations for one meeting allowed from one network address
 */
public record SecuritySettings(Duration sessionIdleTimeout, Duration sessionAbsoluteTimeout, Limit signInsPerSource,
                               Limit failedSignInsPerAccount, Limit publicPostsPerSource, Duration tokenLifetime,
                               Duration maximumTokenLifetime, Limit registrationsPerSourceForMeeting) {

    public static SecuritySettings defaults() {
        return new SecuritySettings(Duration.ofMinutes(30), Duration.ofHours(12),
                new Limit(20, Duration.ofMinutes(15)), new Limit(5, Duration.ofMinutes(15)),
                new Limit(30, Duration.ofMinutes(10)), Duration.ofDays(90), Duration.ofDays(365),
                new Limit(4, Duration.ofDays(1)));
    }

    /** These settings, with {@code registrations} registrations for one meeting allowed from one address. */
    public SecuritySettings withRegistrationsPerSourceForMeeting(Limit registrations) {
        return new SecuritySettings(sessionIdleTimeout, sessionAbsoluteTimeout, signInsPerSource,
                failedSignInsPerAccount, publicPostsPerSource, tokenLifetime, maximumTokenLifetime, registrations);
    }
}
