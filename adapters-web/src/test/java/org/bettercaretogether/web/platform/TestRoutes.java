package org.bettercaretogether.web.platform;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;

/** A test-only route group: one handler per behaviour of the platform under test. */
final class TestRoutes implements Routes {

    /** What an unexpected failure carries and must never show a client. */
    static final String SECRET = "jdbc:postgresql://db.internal/bct?password=hunter2";

    record Item(int id, String name) {
    }

    record Reading(String label, Instant at, String note) {
    }

    record EchoRequest(String name, int count) {
    }

    static final List<FieldError> FIELD_ERRORS = List.of(
            new FieldError("postcode", "Enter a postcode, like LA1 1AA"),
            new FieldError("email", "Enter an email address in the correct format, like name@example.com"));

    /** The application's rejections, one per kind, as a use case would answer them. */
    static final Map<String, Rejection> REJECTIONS = Map.of(
            "not-found", new Rejection.NotFound("community", "atlantis"),
            "invalid-input", new Rejection.InvalidInput(List.of(
                    new FieldProblem("network", "must be one of the clinical networks"),
                    new FieldProblem("stageReachedOn", "must not be before the date of the current stage"))),
            "conflict", new Rejection.Conflict("The address 'kendal' is already in use."),
            "forbidden", new Rejection.Forbidden("Only staff can moderate views."),
            "not-signed-in", new Rejection.NotSignedIn("Sign in to moderate views."),
            "throttled", new Rejection.Throttled(Duration.ofSeconds(90).plusMillis(1)));

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/test/rejected/{kind}", TestRoutes::rejected);
        routes.get("/test/rejected/{kind}", TestRoutes::rejected);
        routes.get("/api/test/slugs/{slug}", ctx -> ctx.result(new Slug(ctx.pathParam("slug")).value()));
        routes.get("/test/slugs/{slug}", ctx -> ctx.result(new Slug(ctx.pathParam("slug")).value()));
        routes.get("/api/test/boom", ctx -> {
            throw new IllegalStateException(SECRET);
        });
        routes.get("/test/boom", ctx -> {
            throw new IllegalStateException(SECRET);
        });
        routes.get("/api/test/invalid", ctx -> {
            throw HttpProblem.invalidFields(FIELD_ERRORS);
        });
        routes.get("/test/invalid", ctx -> {
            throw HttpProblem.invalidFields(FIELD_ERRORS);
        });
        routes.get("/api/test/items/{id}", this::item);
        routes.get("/api/test/missing", ctx -> {
            throw HttpProblem.notFound("There is no community called 'atlantis'.");
        });
        routes.get("/api/test/conflict", ctx -> {
            throw HttpProblem.conflict("This view has already been moderated.");
        });
        routes.get("/api/test/unprocessable", ctx -> {
            throw HttpProblem.unprocessable("The meeting is full.", List.of());
        });
        routes.get("/api/test/forbidden", ctx -> {
            throw HttpProblem.forbidden("Only staff can see this.");
        });
        routes.get("/api/test/javalin-bad-request", ctx -> {
            throw new BadRequestResponse("Give a place to search for.");
        });
        routes.post("/api/test/echo", ctx -> ctx.json(ctx.bodyAsClass(EchoRequest.class)));
        routes.get("/api/test/reading", ctx ->
                ctx.json(new Reading("first", Instant.parse("2025-01-31T09:30:00Z"), null)));
        routes.get("/api/test/connection", ctx -> ctx.json(ClientConnection.of(ctx)));
        routes.get("/test/page", ctx -> ctx.render("platform/simple-page.jte", Map.of(
                "title", "A <b>test</b> page",
                "paragraphs", List.of("First paragraph.", "Second <script>alert(1)</script> paragraph."))));
        routes.get("/communities", ctx -> ctx.render("platform/simple-page.jte", Map.of(
                "title", "Communities", "paragraphs", List.of())));
        routes.get("/communities/kendal", ctx -> ctx.render("platform/simple-page.jte", Map.of(
                "title", "Kendal", "paragraphs", List.of())));
    }

    private static void rejected(Context ctx) {
        Rejection rejection = REJECTIONS.get(ctx.pathParam("kind"));
        if (rejection == null) {
            throw new InvalidValueException("kind", "must be one of " + REJECTIONS.keySet());
        }
        throw new RejectedException(rejection);
    }

    private void item(Context ctx) {
        int id = ctx.pathParamAsClass("id", Integer.class).get();
        ctx.json(new Item(id, "Item " + id));
    }
}
