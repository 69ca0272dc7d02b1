package org.bettercaretogether.web.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the server measures, and who may read it at {@code GET /metrics}.
 *
 * <p>Every request is timed into {@code registry} as {@code http.server.requests}, tagged by method, route template
 * and status (see {@link ObservedRequests}). {@code /metrics} answers {@code scrape} (Prometheus's text format) to a
 * request bearing {@code token}, and 401 to any other; without a token the address does not exist (404), so that a
 * service nobody configured to be watched tells nobody about itself.
 *
 * @param registry where the server records its requests
 * @param token    the bearer token that opens {@code /metrics}, if it is served at all
 * @param scrape   the text {@code /metrics} answers, read at each request for it
 */
public record MetricsEndpoint(MeterRegistry registry, Optional<String> token, Supplier<String> scrape) {

    /** The address of the metrics. */
    public static final String PATH = "/metrics";

    public MetricsEndpoint {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(scrape, "scrape");
        token = Objects.requireNonNull(token, "token").filter(given -> !given.isBlank());
    }

    /** Requests timed into a registry that keeps nothing, and no {@code /metrics}. */
    public static MetricsEndpoint none() {
        return new MetricsEndpoint(new CompositeMeterRegistry(), Optional.empty(), () -> "");
    }
}
