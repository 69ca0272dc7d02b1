package org.bettercaretogether.web.keyquestion;

import io.javalin.config.RoutesConfig;
import org.bettercaretogether.application.keyquestion.ReadKeyQuestions;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;

/**
 * The key questions for everyone, in the public API: {@code GET /api/v1/key-questions} answers
 * {@code {"items": [{"id", "question", "answer", "position"}, ...]}}, in order, as the page shows them
 * ({@link KeyQuestionRoutes}).
 */
record KeyQuestionApiRoutes(ReadKeyQuestions read) implements Routes {

    static final String API = "/api/v1/key-questions";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, ctx -> ctx.json(Items.of(read.all(), PublicKeyQuestion::of)));
    }
}
