package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every answer carries, whatever produced it (a page, JSON, an error, a static file, or Jetty refusing a
 * request no handler could be given, see {@link JettyRefusals}): they are set before any handler runs, and neither
 * handlers nor the error handling remove them.
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: only this origin's own styles, images and forms, no plugins, no
 *       {@code <base>}, no framing; no inline script or style is needed (the pages use none, and GOV.UK
 *       Frontend's stylesheet loads its fonts and images from this origin);</li>
 *   <li>{@code X-Content-Type-Options: nosniff};</li>
 *   <li>{@code Referrer-Policy}: {@code strict-origin-when-cross-origin} for the public, {@code same-origin}
 *       on the staff side: no other site learns a staff address, while the browser still names this origin in the
 *       {@code Origin} of the staff forms ({@code no-referrer} would make it send {@code Origin: null}, which the
 *       staff gate accepts only with fetch metadata, which older browsers do not send);</li>
 *   <li>{@code Strict-Transport-Security}, only on answers to requests that came over HTTPS (a browser
 *       ignores it over plain HTTP, and a developer's machine must not be pinned to HTTPS);</li>
 *   <li>{@code Cache-Control: no-store} on the staff side, which shows personal data and secrets.</li>
 * </ul>
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; img-src 'self' data:";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    static void apply(Context ctx, ClientConnection connection) {
        of(ctx.path(), connection.https()).forEach(ctx::header);
    }

    /** The headers of an answer to a request for {@code path}, made over HTTPS or not, by name. */
    static Map<String, String> of(String path, boolean https) {
        boolean staff = StaffAddresses.isStaff(path);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", staff ? "same-origin" : "strict-origin-when-cross-origin");
        if (https) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (staff) {
            headers.put("Cache-Control", "no-store");
        }
        return headers;
    }
}
