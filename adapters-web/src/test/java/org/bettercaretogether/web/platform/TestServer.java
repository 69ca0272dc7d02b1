package org.bettercaretogether.web.platform;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.bettercaretogether.application.health.ReadinessDetails;
import org.bettercaretogether.web.RunningServer;

/**
 * A {@link WebServer} with the test route group (or the given ones). Register it with
 * {@code @RegisterExtension} on a static field, or start it in try-with-resources (see {@link RunningServer}).
 */
final class TestServer extends RunningServer {

    final AtomicBoolean ready = new AtomicBoolean(true);
    /** What {@code /health/ready} details while ready; none at first. */
    final AtomicReference<Supplier<ReadinessDetails>> details = new AtomicReference<>(() -> null);
    private final List<Routes> routes;
    private final BooleanSupplier readiness;
    private final WebSettings settings;

    /** The test route group; readiness follows {@link #ready}. */
    TestServer() {
        this(List.of(new TestRoutes()), (BooleanSupplier) null);
    }

    /** The given route groups and readiness check ({@code null}: follow {@link #ready}). */
    TestServer(List<Routes> routes, BooleanSupplier readiness) {
        this(routes, readiness, WebSettings.defaults());
    }

    /** The given route groups, readiness following {@link #ready}, deployed as {@code settings} say. */
    TestServer(List<Routes> routes, WebSettings settings) {
        this(routes, null, settings);
    }

    private TestServer(List<Routes> routes, BooleanSupplier readiness, WebSettings settings) {
        this.routes = List.copyOf(routes);
        this.readiness = readiness == null ? ready::get : readiness;
        this.settings = settings;
    }

    @Override
    protected WebServer newServer() {
        return new WebServer(routes, readiness, () -> details.get().get(), settings);
    }
}
