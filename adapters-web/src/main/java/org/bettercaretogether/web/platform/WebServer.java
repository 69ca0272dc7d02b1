package org.bettercaretogether.web.platform;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson3;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.bettercaretogether.application.health.ReadinessDetails;

/**
 * The HTTP server of the web adapter: Javalin 7 on Jetty 12, handlers on virtual threads.
 *
 * <p>The composition root builds it from the feature route groups and a readiness check, then starts it:
 *
 * <pre>{@code
 * var server = new WebServer(List.of(partnerRoutes, communityRoutes), database::isReachable);
 * server.start(8080);            // or start("127.0.0.1", 8080); port 0 picks a free port, see port()
 * ...
 * server.stop();                 // or close()
 * }</pre>
 *
 * <p>What every server has, whatever the route groups:
 * <ul>
 *   <li>JSON through Jackson 3: dates and times as ISO-8601 strings, {@code null} members left out;</li>
 *   <li>HTML from the jte templates compiled at build time ({@code ctx.render("feature/page.jte", model)}),
 *       inside the common GOV.UK Frontend layout;</li>
 *   <li>GOV.UK Frontend served from its webjar under {@code /webjars/}, our own assets under
 *       {@value Assets#OWN_ASSETS_PATH} (see {@link StaticFiles});</li>
 *   <li>one error handling for all failures: {@code application/problem+json} under {@code /api/}, an HTML
 *       error page elsewhere (see {@link HttpProblem}), or the {@link FailureFormat} of a route group that has
 *       one for the address;</li>
 *   <li>{@code GET /health/live} and {@code GET /health/ready}; {@code GET /metrics} when given a token
 *       (see {@link MetricsEndpoint});</li>
 *   <li>a request id on every answer and in every log line written while serving it, the time of every request by
 *       route template and status, and an access log (see {@link ObservedRequests});</li>
 *   <li>a graceful {@link #stop()}: readiness 503 first, then the requests in flight finish (see {@link WebSettings});</li>
 *   <li>the security headers on every answer (see {@link SecurityHeaders}), and the {@link ClientConnection}
 *       of each request read according to the {@link WebSettings}.</li>
 * </ul>
 */
public final class WebServer implements AutoCloseable {

    private static final String HTML_UTF8 = "text/html; charset=utf-8";

    private final Javalin app;
    private final GracefulStop stop;
    private final List<RegisteredRoute> routes = new CopyOnWriteArrayList<>();

    /** Configures (but does not start) the server with the {@linkplain WebSettings#defaults() default settings}. */
    public WebServer(Collection<? extends Routes> routeGroups, BooleanSupplier readiness) {
        this(routeGroups, readiness, WebSettings.defaults());
    }

    /**
     * Configures (but does not start) the server.
     *
     * @param routeGroups the feature route groups, registered in iteration order (a Guice multibinder {@code Set}
     *                    will do); their {@code before} handlers run in the same order, after the server's own
     * @param readiness   answers whether the service can serve requests now (e.g. the database answers);
     *                    {@code /health/ready} reports it
     * @param settings    how the server is deployed (behind a trusted proxy or not)
     */
    public WebServer(Collection<? extends Routes> routeGroups, BooleanSupplier readiness, WebSettings settings) {
        this(routeGroups, readiness, () -> null, settings);
    }

    /**
     * Configures (but does not start) the server, with the details {@code /health/ready} gives while ready.
     *
     * @param readinessDetails what operators watch beside readiness (the mail outbox's backlog), asked only while
     *                         ready; nothing in it may be personal
     * @see #WebServer(Collection, BooleanSupplier, WebSettings)
     */
    public WebServer(Collection<? extends Routes> routeGroups, BooleanSupplier readiness,
                     Supplier<ReadinessDetails> readinessDetails, WebSettings settings) {
        this(routeGroups, readiness, readinessDetails, settings, MetricsEndpoint.none());
    }

    /**
     * Configures (but does not start) the server, timing its requests into the {@code metrics}' registry and serving
     * {@code /metrics} to the holder of their token.
     *
     * @see #WebServer(Collection, BooleanSupplier, Supplier, WebSettings)
     */
    public WebServer(Collection<? extends Routes> routeGroups, BooleanSupplier readiness,
                     Supplier<ReadinessDetails> readinessDetails, WebSettings settings, MetricsEndpoint metrics) {
        Objects.requireNonNull(metrics, "metrics");
        List<Routes> groups = List.copyOf(Objects.requireNonNull(routeGroups, "routeGroups"));
        Objects.requireNonNull(settings, "settings");
        this.stop = new GracefulStop(settings);
        var health = new HealthRoutes(stop.unlessStopping(readiness), readinessDetails);
        var renderer = JteRenderer.precompiled();
        var json = JsonMapping.mapper();
        var errors = new ErrorHandling(renderer, json, groups.stream()
                .filter(FailureFormat.class::isInstance).map(FailureFormat.class::cast).toList());
        var observed = new ObservedRequests(metrics.registry());

        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.concurrency.useVirtualThreads = true;
            // bodyAsClass() only reads bodies declared application/json: a typo'd client gets a 400, and a
            // cross-site HTML form (which cannot send that type without a CORS preflight) cannot post JSON.
            cfg.http.strictContentTypes = true;
            // The JSON limits are the mapper's (JsonMapping.LIMITS); a body of more than 1 MB is a 413 before it is read.
            cfg.http.maxRequestSize = 1_000_000L;
            // The largest upload is a staff CSV file of at most 2 MB: Jetty refuses a bigger one before storing it.
            cfg.jetty.multipartConfig.maxFileSize(2, SizeUnit.MB);
            cfg.jetty.multipartConfig.maxTotalRequestSize(3, SizeUnit.MB);
            cfg.jsonMapper(new JavalinJackson3(json, true));
            cfg.fileRenderer(renderer);
            stop.install(cfg);

            cfg.events.handlerAdded(added -> {
                if (added.getHttpMethod().isHttpMethod() && !StaticFiles.serves(added.getPath())) { // nor filters
                    routes.add(new RegisteredRoute(added.getHttpMethod().name(), added.getPath()));
                }
            });
            errors.install(cfg);
            // What Jetty refuses itself (a %00 in the address, a malformed or too large header) is answered as alike.
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyRefusals(json)));
            // First of all handlers, so that whatever they log carries the request's id.
            observed.register(cfg.routes);
            // First of the others, so that every answer (errors and static files included) carries them.
            cfg.routes.before(ctx -> {
                SecurityHeaders.apply(ctx, ClientConnection.remember(ctx, settings));
                PrivateAddresses.keepPrivate(ctx);
                // A query or body that is not UTF-8 is refused before any handler reads it with U+FFFD in its place.
                RequestText.requireUtf8(ctx);
            });
            // Javalin 7's ctx.html()/render() send a bare "text/html"; say the charset the body is written in.
            cfg.routes.after(ctx -> {
                if ("text/html".equals(ctx.res().getContentType())) {
                    ctx.contentType(HTML_UTF8);
                }
            });
            health.register(cfg.routes);
            if (metrics.token().isPresent()) {
                new MetricsRoutes(metrics).register(cfg.routes);
            }
            new StaticFiles().register(cfg.routes);
            groups.forEach(group -> group.register(cfg.routes));
        });
    }

    /**
     * Every route this server answers, in the order declared (health first, then the route groups), static
     * files aside. Lets tests walk the whole API, and later an OpenAPI check compare against the routes.
     */
    public List<RegisteredRoute> routes() {
        return List.copyOf(routes);
    }

    /** Starts listening on all interfaces; port 0 picks a free port. */
    public WebServer start(int port) {
        app.start(port);
        return this;
    }

    /** Starts listening on one interface (e.g. {@code 127.0.0.1}); port 0 picks a free port. */
    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** The port the server listens on, once started. */
    public int port() {
        return app.port();
    }

    /**
     * Stops the server, letting requests in flight finish: readiness answers 503 at once; new connections are still
     * taken for the settings' grace period, then refused; requests in flight have the drain time to finish (see
     * {@link WebSettings}). Answers once the server has stopped.
     */
    public void stop() {
        stop.stop(app);
    }

    @Override
    public void close() {
        stop();
    }
}
