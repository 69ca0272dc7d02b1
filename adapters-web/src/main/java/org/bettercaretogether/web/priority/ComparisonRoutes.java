package org.bettercaretogether.web.priority;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.web.platform.Routes;

/**
 * Every community's priorities side by side, by theme: {@code GET /priorities} as a page and
 * {@code GET /api/v1/priorities/comparison} as JSON.
 */
final class ComparisonRoutes implements Routes {

    static final String PAGE = "/priorities";
    static final String API = "/api/v1/priorities/comparison";

    private final ReadPriorities priorities;

    ComparisonRoutes(ReadPriorities priorities) {
        this.priorities = priorities;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, this::page);
        routes.get(API, this::json);
    }

    private void page(Context ctx) {
        ctx.render("priority/comparison.jte", Map.of("comparison", ComparisonPage.of(priorities.comparison())));
    }

    private void json(Context ctx) {
        ctx.json(PublicComparison.of(priorities.comparison()));
    }
}
