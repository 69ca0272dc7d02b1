package org.bettercaretogether.web.platform;

/**
 * Addresses whose path carries a secret: the private tracking link of a view ({@code /track/{token}} and
 * {@code /api/v1/track/{token}}), which shows where a person's view stands to whoever holds it. Such a path is
 * never written to a log as it is; the feature that answers it also keeps it out of referrers and search engines.
 */
public final class PrivateAddresses {

    /** The tracking pages: {@code /track/{token}}. */
    public static final String TRACKING_PAGES = "/track";
    /** The tracking API: {@code /api/v1/track/{token}}. */
    public static final String TRACKING_API = "/api/v1/track";

    private PrivateAddresses() {
    }

    /** Whether {@code path} is a private address (or below one). */
    public static boolean isPrivate(String path) {
        return path.startsWith(TRACKING_PAGES + "/") || path.startsWith(TRACKING_API + "/");
    }

    /** The path as a log line may show it: a private address with its secret left out. */
    static String forLog(String path) {
        if (path.startsWith(TRACKING_API + "/")) {
            return TRACKING_API + "/{token}";
        }
        if (path.startsWith(TRACKING_PAGES + "/")) {
            return TRACKING_PAGES + "/{token}";
        }
        return path;
    }
}
