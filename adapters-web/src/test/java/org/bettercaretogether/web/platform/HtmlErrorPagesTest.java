package org.bettercaretogether.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Outside /api/, failures answer an HTML page in the common layout. */
class HtmlErrorPagesTest {

    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void unknown_page_answers_404_html_page_in_the_layout() {
        var response = server.get("/no-such-page");

        page(response, 404);
        assertThat(response.body())
                .contains("<title>Page not found – Better Care Together</title>")
                .contains("<h1 class=\"govuk-heading-l\">Page not found</h1>")
                .contains("If you typed the web address, check it is correct.")
                .contains("class=\"govuk-skip-link\"")
                .contains("id=\"main-content\"")
                .contains("Better Care Together");
    }

    @Test
    void unexpected_exception_on_a_page_answers_500_page_with_an_incident_and_nothing_internal() {
        HttpResponse<String> response;
        try (var logs = new CapturedLogs(ErrorHandling.class)) {
            response = server.get("/test/boom");

            page(response, 500);
            var incident = Pattern.compile("quote incident reference ([0-9a-f]{8})").matcher(response.body());
            assertThat(incident.find()).as(response.body()).isTrue();
            assertThat(logs.events()).anySatisfy(event ->
                    assertThat(event.getFormattedMessage()).contains(incident.group(1)));
        }
        assertThat(response.body())
                .contains("Sorry, there is a problem with the service")
                .doesNotContain(TestRoutes.SECRET)
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    @Test
    void field_errors_on_a_page_answer_400_with_an_error_summary() {
        var response = server.get("/test/invalid");

        page(response, 400);
        assertThat(response.body())
                .contains("<title>Error: There is a problem with your request – Better Care Together</title>")
                .contains("class=\"govuk-error-summary\"")
                .contains("<li>Enter a postcode, like LA1 1AA</li>");
    }

    @Test
    void a_path_that_merely_starts_with_api_is_answered_as_a_page() {
        var response = server.get("/api-not-really/x");

        page(response, 404);
    }
}
