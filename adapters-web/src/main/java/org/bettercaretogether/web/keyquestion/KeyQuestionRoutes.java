package org.bettercaretogether.web.keyquestion;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import org.bettercaretogether.application.keyquestion.ReadKeyQuestions;
import org.bettercaretogether.web.platform.Routes;

/**
 * The key questions for everyone, as a page: {@code GET /key-questions}, every question as a heading with its answer,
 * a contents list linking to each, and the day the list last changed. The public API lists them
 * ({@link KeyQuestionApiRoutes}).
 */
record KeyQuestionRoutes(ReadKeyQuestions read) implements Routes {

    static final String PAGE = "/key-questions";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, ctx -> ctx.render("keyquestion/key-questions.jte",
                Map.of("questions", KeyQuestionsPage.of(read.all()))));
    }
}
