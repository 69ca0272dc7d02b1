package org.bettercaretogether.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpResponse;
import java.util.Map;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * A view holding a control character (NUL, which PostgreSQL refuses outright, or any other but tab and line breaks)
 * is refused by the domain's rule for text, as a 400 naming the field, on the form and in the API alike; nothing is
 * stored.
 */
class ControlCharactersTest {

    @RegisterExtension
    static final RunningPublicWeb web = FeedbackFixtures.server();

    private final FeedbackFixtures views = new FeedbackFixtures(web);

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\ud83d"})
    void a_view_sent_as_json_with_a_control_character_in_its_text_is_a_400_naming_the_text(String escaped) {
        int before = views.stored();

        HttpResponse<String> answer = web.postJson("/api/v1/feedback",
                FeedbackFixtures.json("The clinic " + escaped + "was closed."));

        JsonNode problem = problem(answer, 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(problem.get("errors").get(0).get("message").asString()).startsWith("Text must not contain");
        assertThat(views.stored()).isEqualTo(before);
    }

    @Test
    void any_member_of_a_json_body_is_held_to_it_not_only_the_text() {
        HttpResponse<String> answer = web.postJson("/api/v1/feedback", "{\"about\": \"community\", \"slug\": "
                + "\"kendal\", \"role\": \"PATIENT\", \"text\": \"Fine words\", \"name\": \"Pat\\u0000\"}");

        JsonNode problem = problem(answer, 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void tabs_and_line_breaks_are_part_of_a_view() {
        HttpResponse<String> answer = web.postJson("/api/v1/feedback",
                FeedbackFixtures.json("First line\\r\\nSecond line\\tafter a tab"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    @Test
    void a_view_sent_with_the_form_with_a_nul_in_its_text_is_shown_again_with_the_error_against_the_text() {
        int before = views.stored();
        Map<String, String> fields = FeedbackFixtures.form();
        fields.put("text", "The clinic\u0000 was closed.");
        fields.put("name", "Pat Example");

        HttpResponse<String> answer = web.browser().post("/share-your-view", FeedbackFixtures.flat(fields));

        assertThat(answer.statusCode()).isEqualTo(400);
        String html = answer.body();
        assertThat(Html.title(html)).startsWith("Error: ");
        assertThat(html).contains("govuk-error-summary").contains("href=\"#text\"")
                .contains("Your view must not contain control characters")
                .contains("value=\"Pat Example\"");
        assertThat(views.stored()).isEqualTo(before);
    }

    @Test
    void a_control_character_in_the_name_on_the_form_is_shown_against_the_name() {
        Map<String, String> fields = FeedbackFixtures.form();
        fields.put("name", "Pat\u000BExample");

        HttpResponse<String> answer = web.browser().post("/share-your-view", FeedbackFixtures.flat(fields));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("href=\"#name\"").contains("must not contain control characters");
    }
}
