package org.bettercaretogether.web.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the web server is deployed, as the composition root configures it.
 *
 * <p>{@code trustForwardedHeaders}: whether the server sits behind a reverse proxy (a load balancer that ends
 * TLS) whose {@code X-Forwarded-Proto} and {@code X-Forwarded-For} it may believe. Only switch it on when
 * every request reaches the server through that proxy: otherwise any client can claim to have come over
 * HTTPS, or from any address, and so escape its rate limit. When on, a request counts as HTTPS when the proxy
 * says {@code X-Forwarded-Proto: https}, and its client address is the one the proxy saw: the last entry of
 * {@code X-Forwarded-For} (the entries before it are whatever the client sent, so they are not believed).
 * When off (the default), a request is HTTPS only if it came over TLS to this server itself, and its client
 * address is the address of the connection.
 *
 * <p>{@code clock}: the clock the application tells time by, so that pages saying whether an API token has
 * expired agree with the application that refuses it.
 *
 * <p>{@code stopGrace} and {@code drainTime}: how the server {@linkplain WebServer#stop() stops}. For
 * {@code stopGrace}, readiness answers 503 while new connections are still taken, so that a load balancer polling it
 * can turn traffic away first; then new connections are refused, and the requests in flight have {@code drainTime}
 * to finish before what is left of them is cut.
 */
public record WebSettings(boolean trustForwardedHeaders, Clock clock, Duration stopGrace, Duration drainTime) {

    /** How long requests in flight may take to finish when the server stops, unless told otherwise. */
    public static final Duration DEFAULT_DRAIN_TIME = Duration.ofSeconds(20);

    public WebSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(stopGrace, "stopGrace");
        Objects.requireNonNull(drainTime, "drainTime");
        if (stopGrace.isNegative()) {
            throw new IllegalArgumentException("stopGrace must not be negative, was " + stopGrace);
        }
        if (drainTime.isNegative() || drainTime.isZero()) {
            throw new IllegalArgumentException("drainTime must be positive, was " + drainTime);
        }
    }

    /** No grace period at stop (whoever stops the server knows no traffic will come), and the default drain time. */
    public WebSettings(boolean trustForwardedHeaders, Clock clock) {
        this(trustForwardedHeaders, clock, Duration.ZERO, DEFAULT_DRAIN_TIME);
    }

    /** Not behind a trusted proxy; the system clock in UTC; no grace period at stop and the default drain time. */
    public static WebSettings defaults() {
        return new WebSettings(false, Clock.systemUTC());
    }

    /** The same settings with {@code trustForwardedHeaders} as given. */
    public WebSettings trustingForwardedHeaders(boolean trust) {
        return new WebSettings(trust, clock, stopGrace, drainTime);
    }

    /** The same settings, stopping with {@code grace} before refusing connections and {@code drain} for what is in flight. */
    public WebSettings stoppingWith(Duration grace, Duration drain) {
        return new WebSettings(trustForwardedHeaders, clock, grace, drain);
    }
}
