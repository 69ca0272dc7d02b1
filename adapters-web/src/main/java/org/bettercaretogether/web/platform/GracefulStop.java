package org.bettercaretogether.web.platform;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.util.JavalinException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the server stops without cutting the requests it has taken: readiness answers 503 at once; for the grace period
 * new connections are still taken and served (a load balancer that polls readiness turns traffic away meanwhile); then
 * new connections are refused, and the requests in flight have up to the drain time to finish. Jetty does the last two
 * steps: its {@link GracefulHandler} counts the requests in flight, and a stop timeout above zero (Jetty's default is
 * zero: cut everything at once) makes it wait for them.
 */
final class GracefulStop {

    private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);

    private final AtomicBoolean stopping = new AtomicBoolean();
    private final GracefulHandler inFlight = new GracefulHandler();
    private final Duration grace;
    private final Duration drain;

    GracefulStop(WebSettings settings) {
        this.grace = settings.stopGrace();
        this.drain = settings.drainTime();
    }

    /** Has Jetty count the requests in flight and wait for them, up to the drain time, when it stops. */
    void install(JavalinConfig cfg) {
        cfg.jetty.modifyServer(server -> {
            server.insertHandler(inFlight);
            server.setStopTimeout(drain.toMillis());
        });
    }

    /** {@code readiness}, answering "not ready" as soon as the server starts to stop. */
    BooleanSupplier unlessStopping(BooleanSupplier readiness) {
        return () -> !stopping.get() && readiness.getAsBoolean();
    }

    /** Stops {@code app} as this class says; a second call does nothing. */
    void stop(Javalin app) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Stopping: readiness answers 503; new connections are refused in {} ms, and requests in flight have "
                + "{} s to finish", grace.toMillis(), drain.toSeconds());
        try {
            Thread.sleep(grace);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        try {
            app.stop();
        } catch (JavalinException cut) {
            if (!(cut.getCause() instanceof TimeoutException)) {
                throw cut;
            }
            LOG.warn("{} request(s) still in flight after the drain time of {} s were cut",
                    inFlight.getCurrentRequestCount(), drain.toSeconds());
        }
    }
}
