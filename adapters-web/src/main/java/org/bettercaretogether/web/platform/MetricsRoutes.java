package org.bettercaretogether.web.platform;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;

/**
 * {@code GET /metrics} for a Prometheus server holding the {@linkplain MetricsEndpoint#token() token}: the bearer
 * token is compared in constant time, and a request without it is a 401 problem document like the staff API's.
 * Registered only when a token is configured.
 */
final class MetricsRoutes implements Routes {

    /** Prometheus's text exposition format. */
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String BEARER = "Bearer ";

    private final MetricsEndpoint metrics;
    private final byte[] token;

    MetricsRoutes(MetricsEndpoint metrics) {
        this.metrics = metrics;
        this.token = metrics.token().orElseThrow().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(MetricsEndpoint.PATH, this::scrape);
    }

    private void scrape(Context ctx) {
        if (!holdsToken(ctx.header("Authorization"))) {
            throw new RejectedException(new Rejection.NotSignedIn(
                    "Reading the metrics needs the bearer token they were given."));
        }
        ctx.header("Cache-Control", "no-store").contentType(PROMETHEUS_TEXT).result(metrics.scrape().get());
    }

    private boolean holdsToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }
}
