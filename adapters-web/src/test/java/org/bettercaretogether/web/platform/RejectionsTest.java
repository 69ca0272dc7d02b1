package org.bettercaretogether.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The application's rejections and the domain's invalid values are answers, not breakage: each has its own
 * status, as a problem document under /api/ and as an HTML page elsewhere, and never a 500.
 */
class RejectionsTest {

    @RegisterExtension
    static final TestServer server = new TestServer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not-found     | 404 | Not Found             | There is no community 'atlantis'.",
            "conflict      | 409 | Conflict              | The address 'kendal' is already in use.",
            "forbidden     | 403 | Forbidden             | Only staff can moderate views.",
            "invalid-input | 422 | Unprocessable Content | The request breaks some rules of the programme.",
            "not-signed-in | 401 | Unauthorized          | Sign in to moderate views.",
            "throttled     | 429 | Too Many Requests     | There have been too many attempts. Try again in 2 minutes."})
    void each_rejection_answers_its_status_as_problem_json(String kind, int status, String title, String detail) {
        var response = server.get("/api/test/rejected/" + kind);

        JsonNode problem = problem(response, status);
        assertThat(problem.get("title").asString()).isEqualTo(title);
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
        assertThat(problem.has("incident")).as("a rejection is not an incident").isFalse();
    }

    @Test
    void not_signed_in_challenges_for_a_bearer_token() {
        var response = server.get("/api/test/rejected/not-signed-in");

        problem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void throttled_says_when_to_retry_in_whole_seconds_rounded_up() {
        var api = server.get("/api/test/rejected/throttled");
        var page = server.get("/test/rejected/throttled");

        problem(api, 429);
        assertThat(api.headers().firstValue("Retry-After")).hasValue("91");
        page(page, 429);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("91");
        assertThat(page.body()).contains("Sorry, there have been too many attempts")
                .contains("Try again in 2 minutes.");
    }

    @Test
    void invalid_input_names_each_field_with_a_sentence_a_person_can_act_on() {
        JsonNode errors = problem(server.get("/api/test/rejected/invalid-input"), 422).get("errors");

        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("network");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("Network must be one of the clinical networks");
        assertThat(errors.get(1).get("field").asString()).isEqualTo("stageReachedOn");
        assertThat(errors.get(1).get("message").asString())
                .isEqualTo("Stage reached on must not be before the date of the current stage");
    }

    @Test
    void a_malformed_value_in_the_address_answers_400_naming_the_field() {
        JsonNode problem = problem(server.get("/api/test/slugs/Not%20A%20Slug"), 400);

        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("slug");
        assertThat(error.get("message").asString()).startsWith("Slug must be lower-case letters and digits");
    }

    @Test
    void a_well_formed_value_reaches_the_handler() {
        var response = server.get("/api/test/slugs/kendal");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("kendal");
    }

    @Test
    void not_found_on_a_page_answers_the_404_page_with_the_reason() {
        var response = server.get("/test/rejected/not-found");

        page(response, 404);
        assertThat(response.body())
                .contains("<title>Page not found – Better Care Together</title>")
                .contains("There is no community 'atlantis'.");
    }

    @Test
    void invalid_input_on_a_page_lists_the_fields_in_the_error_summary() {
        var response = server.get("/test/rejected/invalid-input");

        page(response, 422);
        assertThat(response.body())
                .contains("<title>Error: There is a problem with your request – Better Care Together</title>")
                .contains("class=\"govuk-error-summary\"")
                .contains("<li>Network must be one of the clinical networks</li>");
    }

    @Test
    void a_malformed_value_on_a_page_answers_400_with_the_error_summary() {
        var response = server.get("/test/slugs/Not%20A%20Slug");

        page(response, 400);
        assertThat(response.body()).contains("class=\"govuk-error-summary\"").contains("<li>Slug must be");
    }

    @ParameterizedTest
    @CsvSource({"conflict, 409, Your request could not be completed", "forbidden, 403, You cannot see this page"})
    void conflict_and_forbidden_on_a_page_say_what_happened(String kind, int status, String heading) {
        var response = server.get("/test/rejected/" + kind);

        page(response, status);
        assertThat(response.body()).contains("<h1 class=\"govuk-heading-l\">" + heading + "</h1>");
    }
}
