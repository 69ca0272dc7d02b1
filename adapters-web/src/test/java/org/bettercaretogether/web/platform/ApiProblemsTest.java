package org.bettercaretogether.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.problem;

import ch.qos.logback.classic.Level;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Under /api/, every failure answers an RFC 9457 problem document. */
class ApiProblemsTest {

    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void unknown_api_route_answers_404_problem_json() {
        var response = server.get("/api/v1/no-such-thing");

        JsonNode problem = problem(response, 404);
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("title").asString()).isEqualTo("Not Found");
        assertThat(problem.get("detail").asString()).isEqualTo("There is nothing at this address.");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/no-such-thing");
        assertThat(problem.has("errors")).as("no errors member unless fields are invalid").isFalse();
        assertThat(problem.has("incident")).as("no incident for a client error").isFalse();
    }

    @Test
    void unexpected_exception_answers_500_with_an_incident_and_nothing_internal() {
        HttpResponse<String> response;
        try (var logs = new CapturedLogs(ErrorHandling.class)) {
            response = server.get("/api/test/boom");

            JsonNode problem = problem(response, 500);
            String incident = problem.get("incident").asString();
            assertThat(incident).matches("[0-9a-f]{8}");
            assertThat(problem.get("detail").asString()).contains(incident);
            assertThat(logs.events()).anySatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                assertThat(event.getFormattedMessage()).contains(incident);
                assertThat(event.getThrowableProxy().getMessage()).isEqualTo(TestRoutes.SECRET);
            });
        }
        assertThat(response.body())
                .doesNotContain(TestRoutes.SECRET)
                .doesNotContain("IllegalStateException")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void field_errors_answer_400_problem_json_with_the_errors() {
        var response = server.get("/api/test/invalid");

        JsonNode problem = problem(response, 400);
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("detail").asString()).isEqualTo("The request has invalid fields.");
        JsonNode errors = problem.get("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("postcode");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("Enter a postcode, like LA1 1AA");
        assertThat(errors.get(1).get("field").asString()).isEqualTo("email");
    }

    @Test
    void malformed_path_parameter_answers_400_naming_the_parameter() {
        var response = server.get("/api/test/items/not-a-number");

        JsonNode problem = problem(response, 400);
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("id");
        assertThat(error.get("message").asString()).isEqualTo("id is not valid");
    }

    @Test
    void well_formed_path_parameter_reaches_the_handler() {
        var response = server.get("/api/test/items/7");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"id\":7,\"name\":\"Item 7\"}");
    }

    @Test
    void javalin_bad_request_answers_400_problem_with_its_message() {
        var response = server.get("/api/test/javalin-bad-request");

        JsonNode problem = problem(response, 400);
        assertThat(problem.get("detail").asString()).isEqualTo("Give a place to search for.");
    }

    @Test
    void malformed_json_body_answers_400() {
        var response = server.postJson("/api/test/echo", "{\"name\": ");

        JsonNode problem = problem(response, 400);
        assertThat(problem.get("detail").asString()).isEqualTo("The request body is not valid JSON.");
    }

    @Test
    void json_body_of_the_wrong_shape_answers_400_naming_the_property() {
        var response = server.postJson("/api/test/echo", "{\"name\": \"x\", \"count\": \"many\"}");

        JsonNode problem = problem(response, 400);
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("count");
    }

    @Test
    void json_body_not_declared_as_json_answers_400() {
        var response = server.send(HttpRequest.newBuilder(server.uri("/api/test/echo"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\", \"count\": 1}"))
                .build());

        JsonNode problem = problem(response, 400);
        assertThat(problem.get("detail").asString()).contains("application/json");
    }

    @ParameterizedTest
    @CsvSource({
            "/api/test/missing, 404, Not Found, There is no community called 'atlantis'.",
            "/api/test/forbidden, 403, Forbidden, Only staff can see this.",
            "/api/test/conflict, 409, Conflict, This view has already been moderated.",
            "/api/test/unprocessable, 422, Unprocessable Content, The meeting is full."})
    void handler_problems_answer_their_status_and_detail(String path, int status, String title, String detail) {
        var response = server.get(path);

        JsonNode problem = problem(response, status);
        assertThat(problem.get("title").asString()).isEqualTo(title);
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
        assertThat(problem.get("instance").asString()).isEqualTo(path);
    }
}
