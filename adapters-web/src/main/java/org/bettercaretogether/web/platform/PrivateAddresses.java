package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import java.util.List;

/**
 * Addresses whose path carries a secret: the private tracking link of a view ({@code /track/{token}} and
 * {@code /api/v1/track/{token}}), which shows where a person's view stands to whoever holds it, and the private link
 * of a registration for a meeting ({@code /meetings/registrations/{token}}, {@code /api/v1/registrations/{token}}),
 * which shows and cancels it, and the private link to one's answers to a consultation
 * ({@code /consultation-responses/{token}}, {@code /api/v1/consultation-responses/{token}}), and the links that
 * confirm and end a subscription to follow something by email ({@code /follow/confirm/{token}},
 * {@code /unsubscribe/{token}}). Such a path is never
 * written to a log as it is; the feature that answers it also keeps it out of referrers, caches and search engines.
 */
public final class PrivateAddresses {

    /** The tracking pages: {@code /track/{token}}. */
    public static final String TRACKING_PAGES = "/track";
    /** The tracking API: {@code /api/v1/track/{token}}. */
    public static final String TRACKING_API = "/api/v1/track";
    /** A registration's pages: {@code /meetings/registrations/{token}} and its {@code /cancel}. */
    public static final String REGISTRATION_PAGES = "/meetings/registrations";
    /** A registration in the API: {@code /api/v1/registrations/{token}}. */
    public static final String REGISTRATION_API = "/api/v1/registrations";
    /** One's answers to a consultation in the API: {@code /api/v1/consultation-responses/{token}}. */
    public static final String CONSULTATION_RESPONSE_API = "/api/v1/consultation-responses";

    /** One's answers to a consultation as a page: {@code /consultation-responses/{token}}. */
    public static final String CONSULTATION_RESPONSE_PAGES = "/consultation-responses";

    /** The link that confirms a subscription to follow something by email: {@code /follow/confirm/{token}}. */
    public static final String FOLLOW_CONFIRMATIONS = "/follow/confirm";

    /** The link every mail of a subscription carries to end it: {@code /unsubscribe/{token}}. */
    public static final String UNSUBSCRIBE = "/unsubscribe";

    /** Longest first where one could start another, so that a path is matched by its own. */
    private static final List<String> ALL = List.of(TRACKING_API, TRACKING_PAGES, REGISTRATION_API,
            REGISTRATION_PAGES, CONSULTATION_RESPONSE_API, CONSULTATION_RESPONSE_PAGES, FOLLOW_CONFIRMATIONS,
            UNSUBSCRIBE);

    private PrivateAddresses() {
    }

    /** Whether {@code path} is a private address (or below one). */
    public static boolean isPrivate(String path) {
        return ALL.stream().anyMatch(root -> path.startsWith(root + "/"));
    }

    /**
     * Run by the web server before every request: keeps a private address out of the referrers sent to other sites
     * ({@code Referrer-Policy: same-origin}), caches ({@code no-store}) and search engines ({@code X-Robots-Tag}).
     * Not {@code no-referrer}: with it, a browser sends {@code Origin: null} with the page's own forms (cancelling
     * a registration), which {@link OwnOrigin} accepts only with fetch metadata that older browsers do not send.
     * The address still reaches this service in a same-origin {@code Referer}, which tells it nothing new: the page
     * was asked for at that address.
     */
    public static void keepPrivate(Context ctx) {
        if (isPrivate(ctx.path())) {
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header("X-Robots-Tag", "noindex, nofollow");
            ctx.header("Cache-Control", "no-store");
        }
    }

    /**
     * The path as a log line may show it: a private address with its secret (the segment after the address) left
     * out, and what follows it kept ({@code /meetings/registrations/{token}/cancel}).
     */
    static String forLog(String path) {
        for (String root : ALL) {
            if (path.startsWith(root + "/")) {
                String rest = path.substring(root.length() + 1);
                int slash = rest.indexOf('/');
                return root + "/{token}" + (slash < 0 ? "" : rest.substring(slash));
            }
        }
        return path;
    }
}
