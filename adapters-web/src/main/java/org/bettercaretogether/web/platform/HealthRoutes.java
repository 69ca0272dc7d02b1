package org.bettercaretogether.web.platform;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.bettercaretogether.application.health.ReadinessDetails;
import org.bettercaretogether.application.mail.OutboxBacklog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liveness and readiness for load balancers and orchestrators. {@code /health/live} answers 200 while the
 * process serves HTTP at all; {@code /health/ready} asks the composition root's check (the database answers)
 * and answers 200 {@code {"status":"UP"}} or 503 {@code {"status":"DOWN"}}. A check that throws counts as down.
 * While up, the answer also carries what operators watch, none of it personal: the mail outbox's backlog,
 * {@code "details": {"outbox": {"waiting": 3, "oldestWaitingSeconds": 42, "undelivered": 0}}}; details that cannot be
 * read are left out, and the service is still up.
 */
final class HealthRoutes implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    record Health(String status, Details details) {
        static final Health UP = new Health("UP", null);
        static final Health DOWN = new Health("DOWN", null);
    }

    /** What readiness says beside UP. */
    record Details(Outbox outbox) {
        static Details of(ReadinessDetails details) {
            OutboxBacklog backlog = details.outbox();
            return new Details(new Outbox(backlog.waiting(), backlog.oldestWaiting().toSeconds(),
                    backlog.undelivered()));
        }
    }

    /** The mail outbox: messages waiting to be sent, the oldest one's age since it was written, those given up on. */
    record Outbox(int waiting, long oldestWaitingSeconds, int undelivered) {
    }

    private final BooleanSupplier readiness;
    private final Supplier<ReadinessDetails> details;

    HealthRoutes(BooleanSupplier readiness, Supplier<ReadinessDetails> details) {
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        this.details = Objects.requireNonNull(details, "details");
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
            answer(ctx, HttpStatus.OK, new Health(Health.UP.status(), details()));
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

    private Details details() {
        try {
            ReadinessDetails read = details.get();
            return read == null ? null : Details.of(read);
        } catch (RuntimeException e) {
            LOG.warn("The details of readiness could not be read: {}", e.getClass().getSimpleName());
            return null;
        }
    }

    private static void answer(Context ctx, HttpStatus status, Health health) {
        ctx.header("Cache-Control", "no-store").status(status).json(health);
    }
}
