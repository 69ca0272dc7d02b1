package org.bettercaretogether.application.follow;

import java.net.URI;
import java.util.Objects;

/**
 * How following by email runs.
 *
 * @param siteAddress where the public reaches the site, such as {@code https://bettercaretogether.example}: the links
 *                    in mails start with it
 */
public record FollowSettings(URI siteAddress) {

    /** Where a service running on its own machine is reached, unless told otherwise. */
    public static final URI LOCAL = URI.create("http://localhost:7070");

    public FollowSettings {
        Objects.requireNonNull(siteAddress, "siteAddress");
        String scheme = siteAddress.getScheme();
        if (!siteAddress.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme))) {
            throw new IllegalArgumentException("the site's address must be an absolute http or https address");
        }
        siteAddress = URI.create(siteAddress.toString().replaceAll("/+$", ""));
    }

    /** The absolute address of {@code path} on the site. */
    public String link(String path) {
        return siteAddress + path;
    }
}
