package org.bettercaretogether.web.developers;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.web.platform.Routes;

import java.util.Map;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 document, as written; {@code GET /developers}: the same as a page,
 * without script, each part of the API with its operations, their parameters and the statuses they answer with.
 */
record ApiReferenceRoutes(ApiDocument document) implements Routes {

    static final String DOCUMENT = "/openapi.json";
    static final String PAGE = "/developers";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(DOCUMENT, this::document);
        routes.get(PAGE, ctx -> ctx.render("developers/reference.jte", Map.of("api", document)));
    }

    private void document(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600").contentType("application/json").result(document.json());
    }
}
