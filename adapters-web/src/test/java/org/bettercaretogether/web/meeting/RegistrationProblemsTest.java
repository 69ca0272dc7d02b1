package org.bettercaretogether.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.web.Answers;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Every way a registration can be wrong, on the form and in the API: each is answered 422, 400, 404 or 415 with what
 * to put right — never a server fault — and nothing is stored.
 */
class RegistrationProblemsTest {

    private static final MovableClock clock = MeetingFixtures.september();

    @RegisterExtension
    static final RunningPublicWeb web = MeetingFixtures.server(clock);

    private final MeetingFixtures meetings = new MeetingFixtures(web);
    private MeetingId id;

    @BeforeEach
    void a_meeting() {
        id = MeetingFixtures.id(meetings.kendal("Kendal problems " + UUID.randomUUID(), 10));
    }

    @Test
    void the_form_shows_every_problem_at_once_linked_to_its_field_and_keeps_the_answers() {
        var response = web.browser().post(MeetingFixtures.page(id) + "/register", "name", "", "email", "not-an-email",
                "places", "11", "access-needs", "Kept needs " + "x".repeat(1_000));

        String html = Answers.page(response, 422);
        assertThat(Html.title(html)).startsWith("Error: ");
        assertThat(html).contains("<a href=\"#name\">Enter your name</a>",
                "<a href=\"#email\">Enter an email address in the correct format, like name@example.com</a>",
                "<a href=\"#places\">The number of places must be from 1 to 10</a>",
                "<a href=\"#access-needs\">Your access needs must be 1,000 characters or fewer</a>",
                "value=\"not-an-email\"", "value=\"11\"", ">Kept needs x");
        assertThat(html.indexOf("href=\"#name\"")).isLessThan(html.indexOf("href=\"#email\""));
        assertThat(html.indexOf("href=\"#email\"")).isLessThan(html.indexOf("href=\"#places\""));
        assertThat(meetings.registrations(id)).isEmpty();
    }

    @Test
    void the_form_refuses_no_places_too_many_and_a_number_in_words() {
        for (String places : List.of("0", "11", "-1", "99999999999999")) {
            var response = web.browser().post(MeetingFixtures.page(id) + "/register", "name", "Ida Count",
                    "email", "ida@example.org", "places", places);
            assertThat(Answers.page(response, 422)).as(places)
                    .contains("<a href=\"#places\">The number of places must be from 1 to 10</a>");
        }
        var words = web.browser().post(MeetingFixtures.page(id) + "/register", "name", "Ida Count",
                "email", "ida@example.org", "places", "two");
        assertThat(Answers.page(words, 422)).contains("Enter the number of places as a whole number, like 2",
                "value=\"two\"");
        var missing = web.browser().post(MeetingFixtures.page(id) + "/register", "name", "Ida Count",
                "email", "ida@example.org");
        assertThat(Answers.page(missing, 422)).contains("Enter how many places you need");
        assertThat(meetings.registrations(id)).isEmpty();
    }

    @Test
    void the_form_for_an_unknown_or_malformed_meeting_is_not_found() {
        for (String meeting : List.of(UUID.randomUUID().toString(), "not-a-meeting", "42")) {
            var response = web.browser().post("/meetings/" + meeting + "/register", "name", "Jo Lost",
                    "email", "jo@example.org", "places", "1");
            assertThat(Answers.page(response, 404)).as(meeting).contains("Page not found");
        }
    }

    @Test
    void the_api_names_every_field_at_fault() {
        var response = web.postJson(api(id), "{\"name\": \" \", \"email\": \"nope\", \"places\": 0, "
                + "\"accessNeeds\": \"" + "y".repeat(1_001) + "\"}");

        JsonNode problem = Answers.problem(response, 422);
        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "email", "places", "accessNeeds");
        assertThat(meetings.registrations(id)).isEmpty();
    }

    @Test
    void the_api_refuses_places_out_of_range_and_a_missing_name_or_email() {
        for (String body : List.of("{\"name\": \"Kim\", \"email\": \"kim@example.org\", \"places\": 11}",
                "{\"name\": \"Kim\", \"email\": \"kim@example.org\", \"places\": 0}",
                "{\"name\": \"Kim\", \"email\": \"kim@example.org\"}",
                "{\"email\": \"kim@example.org\", \"places\": 1}",
                "{\"name\": \"Kim\", \"places\": 1}",
                "{}")) {
            Answers.problem(web.postJson(api(id), body), 422);
        }
        assertThat(meetings.registrations(id)).isEmpty();
    }

    @Test
    void the_api_answers_400_to_a_body_it_cannot_read_or_a_member_it_does_not_know() {
        for (String body : List.of("{\"name\": ", "not json", "[1, 2]", "null", "", "\"text\"",
                "{\"name\": \"Kim\", \"email\": \"kim@example.org\", \"places\": \"many\"}",
                "{\"name\": [\"Kim\"], \"email\": \"kim@example.org\", \"places\": 1}",
                "{\"name\": \"Kim\", \"email\": \"kim@example.org\", \"places\": 1, \"plaices\": 2}")) {
            Answers.problem(web.postJson(api(id), body), 400);
        }
        assertThat(meetings.registrations(id)).isEmpty();
    }

    @Test
    void the_api_takes_only_json() {
        var response = web.send(HttpRequest.newBuilder(web.uri(api(id)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Kim&email=kim%40example.org&places=1")).build());

        assertThat(Answers.problem(response, 415).get("detail").asString()).contains("application/json");
        assertThat(response.headers().firstValue("Accept-Post")).contains("application/json");
        assertThat(meetings.registrations(id)).isEmpty();
    }

    @Test
    void the_api_answers_404_for_an_unknown_or_malformed_meeting() {
        String body = "{\"name\": \"Kim\", \"email\": \"kim@example.org\", \"places\": 1}";
        Answers.problem(web.postJson(api(MeetingId.random()), body), 404);
        Answers.problem(web.postJson("/api/v1/meetings/not-a-meeting/registrations", body), 404);
        Answers.problem(web.get("/api/v1/meetings/not-a-meeting"), 404);
        Answers.problem(web.get("/api/v1/meetings/" + UUID.randomUUID()), 404);
        Answers.problem(web.get("/api/v1/registrations/r-not-a-token"), 404);
        Answers.problem(web.send(HttpRequest.newBuilder(web.uri("/api/v1/registrations/r-not-a-token")).DELETE()
                .build()), 404);
        Answers.problem(web.get("/api/v1/communities/atlantis/meetings"), 404);
        Answers.problem(web.get("/api/v1/communities/Not%20A%20Slug/meetings"), 404);
        Answers.problem(web.get("/api/v1/workstreams/atlantis/meetings"), 404);
    }

    private static String api(MeetingId meeting) {
        return "/api/v1/meetings/" + meeting + "/registrations";
    }
}
