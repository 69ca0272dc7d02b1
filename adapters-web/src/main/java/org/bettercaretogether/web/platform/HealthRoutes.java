package org.bettercaretogether.web.platform;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liveness and readiness for load balancers and orchestrators. {@code /health/live} answers 200 while the
 * process serves HTTP at all; {@code /health/ready} asks the composition root's check (later: the database
 * answers) and answers 200 {@code {"status":"UP"}} or 503 {@code {"status":"DOWN"}}. A check that throws
 * counts as down.
 */
final class HealthRoutes implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    record Health(String status) {
        static final Health UP = new Health("UP");
        static final Health DOWN = new Health("DOWN");
    }

    private final BooleanSupplier readiness;

    HealthRoutes(BooleanSupplier readiness) {
        this.readiness = Objects.requireNonNull(readiness, "readiness");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health/live", this::live);
        routes.get("/health/ready", this::ready);
    }

    private void live(Context ctx) {
        answer(ctx, HttpStatus.OK, Health.UP);
    }

    private void ready(Context ctx) {
        if (isReady()) {
            answer(ctx, HttpStatus.OK, Health.UP);
        } else {
            answer(ctx, HttpStatus.SERVICE_UNAVAILABLE, Health.DOWN);
        }
    }

    private boolean isReady() {
        try {
            return readiness.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warn("Readiness check failed", e);
            return false;
        }
    }

    private static void answer(Context ctx, HttpStatus status, Health health) {
        ctx.header("Cache-Control", "no-store").status(status).json(health);
    }
}
