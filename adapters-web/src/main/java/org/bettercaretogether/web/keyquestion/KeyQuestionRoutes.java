package org.bettercaretogether.web.keyquestion;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.bettercaretogether.application.keyquestion.ReadKeyQuestions;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;

/**
 * The key questions for everyone:
 * <ul>
 *   <li>{@code GET /key-questions}: every question as a heading with its answer, a contents list linking to each,
 *       and the day the list last changed;</li>
 *   <li>{@code GET /api/v1/key-questions}: {@code {"items": [{"id", "question", "answer", "position"}, ...]}}, in
 *       order.</li>
 * </ul>
 */
final class KeyQuestionRoutes implements Routes {

    static final String PAGE = "/key-questions";
    static final String API = "/api/v1/key-questions";

    private final ReadKeyQuestions read;

    KeyQuestionRoutes(ReadKeyQuestions read) {
        this.read = read;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, this::page);
        routes.get(API, this::list);
    }

    private void page(Context ctx) {
        ctx.render("keyquestion/key-questions.jte", Map.of("questions", KeyQuestionsPage.of(read.all())));
    }

    private void list(Context ctx) {
        ctx.json(Items.of(read.all().stream().map(PublicKeyQuestion::of).toList()));
    }
}
