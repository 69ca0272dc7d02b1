package org.bettercaretogether.web.platform;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What the server notes of every request, none of it personal: a request id, its time, and a line of the access log.
 *
 * <p>The request id is the client's {@value #HEADER} when it is a short run of letters, digits and {@code . _ : -}
 * (as a reverse proxy sets it), or else a new random one; it is given back in the same header, and is in the
 * {@linkplain MDC MDC} as {@value #MDC_KEY} while the request is served, so that every log line written for the
 * request carries it.
 *
 * <p>The time runs from when Jetty began to read the request until the after-handlers, and is recorded as
 * {@code http.server.requests} tagged by method, route template ({@code /communities/{slug}}, never the address asked
 * for, which can hold a tracking token or a name; {@value #UNMATCHED} when no route matched) and status, with a
 * histogram of a few fixed buckets. A timer is made once per route and status and then found without allocating.
 *
 * <p>The access log, on the logger {@value #ACCESS_LOGGER}, says the method, the route template, the status and the
 * milliseconds taken, at INFO: never the query or the body, which can carry personal data. Whether it is written is
 * the logger's level, asked before anything is formatted.
 */
final class ObservedRequests {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    static final String ACCESS_LOGGER = "bct.access";
    /** The route of a request that no route matched: an unknown address, or a static file. */
    static final String UNMATCHED = "unmatched";
    static final String TIMER = "http.server.requests";

    private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOGGER);
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Enough to tell a quick answer from a slow one, few enough to keep the scrape small. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private static final int LOWEST_STATUS = 100;
    private static final int STATUSES = 500;

    private final MeterRegistry registry;
    private final Map<Endpoint, RouteTimers> byEndpoint = new ConcurrentHashMap<>();
    private final Map<HandlerType, RouteTimers> unmatched = new ConcurrentHashMap<>();

    ObservedRequests(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Names the request; to run before any other handler, so that whatever they log carries the id. */
    void begin(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && SANE_ID.matcher(given).matches() ? given : newId();
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    /** Records the request's time and writes its access-log line; to run after every other handler. */
    void end(Context ctx) {
        try {
            long nanos = System.nanoTime() - ServletContextRequest.getServletContextRequest(ctx.req()).getBeginNanoTime();
            Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
            int status = ctx.statusCode();
            RouteTimers timers = endpoint == null
                    ? unmatched.computeIfAbsent(ctx.method(), method -> new RouteTimers(method.name(), UNMATCHED))
                    : byEndpoint.computeIfAbsent(endpoint, found -> new RouteTimers(found.method.name(), found.path));
            timers.of(status).record(nanos, TimeUnit.NANOSECONDS);
            if (ACCESS.isInfoEnabled()) {
                ACCESS.info("{} {} {} {} ms", timers.method, timers.route, status,
                        TimeUnit.NANOSECONDS.toMillis(nanos));
            }
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** Registers {@link #begin} before and {@link #end} after every other handler of {@code routes}. */
    void register(RoutesConfig routes) {
        routes.before(this::begin);
        routes.after(this::end);
    }

    private static String newId() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    }

    /** The timers of one route, one per status, each made the first time the route answers with it. */
    private final class RouteTimers {

        private final String method;
        private final String route;
        private final AtomicReferenceArray<Timer> byStatus = new AtomicReferenceArray<>(STATUSES);

        RouteTimers(String method, String route) {
            this.method = method;
            this.route = route;
        }

        Timer of(int status) {
            int index = Math.clamp(status - LOWEST_STATUS, 0, STATUSES - 1);
            Timer timer = byStatus.get(index);
            if (timer == null) {
                timer = Timer.builder(TIMER)
                        .description("Requests the web server answered, by method, route template and status")
                        .tags("method", method, "route", route, "status", Integer.toString(index + LOWEST_STATUS))
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry);
                byStatus.set(index, timer);
            }
            return timer;
        }
    }
}
