package org.bettercaretogether.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import org.bettercaretogether.application.shared.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * When the records cannot be reached, the answer is a 503 saying to try again shortly, with {@code Retry-After}: a
 * problem document under /api/ and a page elsewhere; not a fault with an incident, nor a line in the log per request.
 */
class StoreUnavailableTest {

    private static final Routes AWAY = routes -> {
        routes.get("/api/test/away", ctx -> {
            throw new StoreUnavailableException();
        });
        routes.get("/test/away", ctx -> {
            throw new StoreUnavailableException();
        });
    };

    @RegisterExtension
    static final TestServer server = new TestServer(List.of(AWAY), () -> true);

    @Test
    void the_api_answers_503_problem_json_with_retry_after_and_no_incident() {
        var response = server.get("/api/test/away");

        JsonNode problem = problem(response, 503);
        assertThat(problem.get("title").asString()).isEqualTo("Service Unavailable");
        assertThat(problem.get("detail").asString()).isEqualTo(
                "The service cannot reach its records just now. Try again in a few seconds.");
        assertThat(problem.has("incident")).isFalse();
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void a_page_answers_503_saying_the_service_is_unavailable() {
        var response = server.get("/test/away");

        page(response, 503);
        assertThat(response.body()).contains("<title>Sorry, the service is unavailable – Better Care Together</title>")
                .contains("Try again in a few seconds.").doesNotContain("incident");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
    }

    @Test
    void nothing_is_logged_above_debug_for_each_request() {
        try (CapturedLogs logs = new CapturedLogs(ErrorHandling.class)) {
            server.get("/api/test/away");
            server.get("/test/away");

            assertThat(logs.events()).extracting(ILoggingEvent::getLevel).allMatch(level -> level == Level.DEBUG);
        }
    }
}
