package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Objects;

/**
 * How a request reached the service, read once per request by {@link WebServer} according to its
 * {@link WebSettings}: whether it came over HTTPS, the client's network address (the key of rate limits) and
 * this service's own origin as the client addressed it ({@code https://bct.example.org}), against which an
 * {@code Origin} header is compared.
 */
public record ClientConnection(boolean https, String clientAddress, String origin) {

    private static final String ATTRIBUTE = ClientConnection.class.getName();

    public ClientConnection {
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(origin, "origin");
    }

    /** The connection of the request being answered. */
    public static ClientConnection of(Context ctx) {
        ClientConnection connection = ctx.attribute(ATTRIBUTE);
        if (connection == null) {
            throw new IllegalStateException("ClientConnection is read by WebServer before any handler runs");
        }
        return connection;
    }

    /** Reads the connection of {@code ctx} and keeps it for {@link #of(Context)}. */
    static ClientConnection remember(Context ctx, WebSettings settings) {
        var connection = read(ctx, settings);
        ctx.attribute(ATTRIBUTE, connection);
        return connection;
    }

    static ClientConnection read(Context ctx, WebSettings settings) {
        boolean trust = settings.trustForwardedHeaders();
        String forwardedProto = trust ? lastEntry(ctx.header("X-Forwarded-Proto")) : null;
        boolean https = ctx.req().isSecure() || "https".equalsIgnoreCase(forwardedProto);
        String forwardedFor = trust ? lastEntry(ctx.header("X-Forwarded-For")) : null;
        String address = forwardedFor != null ? forwardedFor : ctx.req().getRemoteAddr();
        String forwardedHost = trust ? lastEntry(ctx.header("X-Forwarded-Host")) : null;
        String host = forwardedHost != null ? forwardedHost : ctx.header("Host");
        String origin = (https ? "https" : "http") + "://" + (host == null ? "" : host.toLowerCase(Locale.ROOT));
        return new ClientConnection(https, address, origin);
    }

    /** The entry a proxy appended last to a comma-separated header, or null when there is none. */
    private static String lastEntry(String header) {
        if (header == null) {
            return null;
        }
        int comma = header.lastIndexOf(',');
        String last = header.substring(comma + 1).strip();
        return last.isEmpty() ? null : last;
    }
}
