package org.bettercaretogether.web.platform;

import java.time.Clock;
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
 */
public record WebSettings(boolean trustForwardedHeaders, Clock clock) {

    public WebSettings {
        Objects.requireNonNull(clock, "clock");
    }

    /** Not behind a trusted proxy; the system clock in UTC. */
    public static WebSettings defaults() {
        return new WebSettings(false, Clock.systemUTC());
    }

    /** The same settings with {@code trustForwardedHeaders} as given. */
    public WebSettings trustingForwardedHeaders(boolean trust) {
        return new WebSettings(trust, clock);
    }
}
