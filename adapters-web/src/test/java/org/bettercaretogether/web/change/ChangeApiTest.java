package org.bettercaretogether.web.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Engagement officers record changes made through the staff API: planned (201, with its address), read, revised
 * with the version they read (a stale one is a 409), moved on (never backwards), and refused with field errors
 * (422) for views, themes or places that do not exist, or with a 400 for a body that is not JSON.
 */
class ChangeApiTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static StaffAccounts.Account officer;
    private static String token;
    private static String theme;
    private static FeedbackReference view;

    @BeforeAll
    static void an_engagement_officer_with_a_token_a_theme_and_a_view() {
        officer = web.staff().member(Role.ENGAGEMENT_OFFICER);
        token = web.staff().apiToken(officer);
        theme = web.application().manageThemes().add(officer.actor(), "Waiting times").orElseThrow().id().toString();
        view = new ViewsGiven(web).aboutCommunity("bay", "Waiting for a physio takes months.", "Cal Api",
                "cal.api@example.com");
    }

    @Test
    void a_change_planned_is_answered_with_its_address_version_views_and_themes() {
        var planned = send("POST", "/api/v1/staff/changes", "{\"title\": \"Physiotherapy without the wait\", "
                + "\"description\": \"A self-referral service.\", \"community\": \"bay\", \"views\": [\"" + view
                + "\"], \"themes\": [\"" + theme + "\"]}");

        JsonNode change = json(planned, 201);
        String id = change.get("id").asString();
        assertThat(planned.headers().firstValue("Location")).hasValue("/api/v1/staff/changes/" + id);
        assertThat(change.get("version").asLong()).isEqualTo(1);
        assertThat(change.get("status").asString()).isEqualTo("PLANNED");
        assertThat(change.get("plannedOn").asString()).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).toString());
        assertThat(change.get("where").get("kind").asString()).isEqualTo("community");
        assertThat(change.get("where").get("slug").asString()).isEqualTo("bay");
        assertThat(change.get("views").get(0).asString()).isEqualTo(view.value());
        assertThat(change.get("publishedViews").asInt()).isZero();
        assertThat(change.get("themes").get(0).get("id").asString()).isEqualTo(theme);
        assertThat(change.get("themes").get(0).get("name").asString()).isEqualTo("Waiting times");
        assertThat(json(send("GET", "/api/v1/staff/changes/" + id, null), 200)).isEqualTo(change);
        assertThat(ids(json(send("GET", "/api/v1/staff/changes", null), 200))).contains(id);
        assertThat(change.toString()).doesNotContain("cal.api@example.com").doesNotContain("Cal Api")
                .doesNotContain(officer.member().id().toString());
    }

    @Test
    void a_revision_needs_the_version_read_and_a_stale_one_is_a_conflict() {
        String id = plan("A change to revise");

        JsonNode revised = json(send("PUT", "/api/v1/staff/changes/" + id, "{\"version\": 1, \"title\": \"Revised\", "
                + "\"description\": \"Now in a workstream.\", \"workstream\": \"elective-care\"}"), 200);

        assertThat(revised.get("version").asLong()).isEqualTo(2);
        assertThat(revised.get("title").asString()).isEqualTo("Revised");
        assertThat(revised.get("where").get("kind").asString()).isEqualTo("workstream");
        assertThat(revised.get("where").get("name").asString()).isEqualTo("Elective Care");
        problem(send("PUT", "/api/v1/staff/changes/" + id, "{\"version\": 1, \"title\": \"Stale\", "
                + "\"description\": \"D\"}"), 409);
        JsonNode noVersion = problem(send("PUT", "/api/v1/staff/changes/" + id, "{\"title\": \"T\", \"description\": \"D\"}"), 422);
        assertThat(fields(noVersion)).contains("version");
        assertThat(json(send("GET", "/api/v1/staff/changes/" + id, null), 200).get("title").asString()).isEqualTo("Revised");
    }

    @Test
    void a_change_moves_on_dated_today_by_default_and_never_backwards() {
        String id = plan("A change to move on");

        JsonNode started = json(send("POST", "/api/v1/staff/changes/" + id + "/status",
                "{\"version\": 1, \"status\": \"IN_PROGRESS\"}"), 200);
        assertThat(started.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(started.get("startedOn").asString()).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).toString());

        JsonNode back = problem(send("POST", "/api/v1/staff/changes/" + id + "/status",
                "{\"version\": 2, \"status\": \"PLANNED\"}"), 409);
        assertThat(back.get("detail").asString()).isEqualTo("A change that is in progress cannot become planned.");
        JsonNode future = problem(send("POST", "/api/v1/staff/changes/" + id + "/status", "{\"version\": 2, "
                + "\"status\": \"MADE\", \"day\": \"" + LocalDate.now().plusDays(3) + "\"}"), 422);
        assertThat(future.get("errors").get(0).get("field").asString()).isEqualTo("day");
        assertThat(future.get("errors").get(0).get("message").asString()).isEqualTo("The date must not be in the future");
        JsonNode unknown = problem(send("POST", "/api/v1/staff/changes/" + id + "/status",
                "{\"version\": 2, \"status\": \"FINISHED\"}"), 422);
        assertThat(unknown.get("errors").get(0).get("message").asString())
                .isEqualTo("Status must be one of PLANNED, IN_PROGRESS, MADE");
        problem(send("POST", "/api/v1/staff/changes/" + id + "/status",
                "{\"version\": 2, \"status\": \"MADE\", \"day\": \"12 March\"}"), 400);
    }

    @Test
    void views_themes_and_places_that_do_not_exist_are_named_and_nothing_is_recorded() {
        JsonNode refused = problem(send("POST", "/api/v1/staff/changes", "{\"title\": \"Never recorded\", "
                + "\"description\": \"D\", \"community\": \"atlantis\", \"views\": [\"BCT-2222-3333\", \"" + view
                + "\"], \"themes\": [\"" + java.util.UUID.randomUUID() + "\"]}"), 422);

        assertThat(refused.toString()).contains("There is no view with the reference BCT-2222-3333.")
                .contains("There is no community called 'atlantis'").doesNotContain(view.value());
        assertThat(fields(refused)).contains("views", "community", "themes");
        JsonNode malformed = problem(send("POST", "/api/v1/staff/changes", "{\"title\": \"\", \"description\": \"D\", "
                + "\"community\": \"kendal\", \"workstream\": \"elective-care\", \"views\": [\"nonsense\"], "
                + "\"themes\": [\"not-an-id\"]}"), 422);
        assertThat(fields(malformed)).contains("title", "views", "themes");
        JsonNode both = problem(send("POST", "/api/v1/staff/changes", "{\"title\": \"T\", \"description\": \"D\", "
                + "\"community\": \"kendal\", \"workstream\": \"elective-care\"}"), 422);
        assertThat(fields(both)).containsExactly("workstream");
        assertThat(titles()).doesNotContain("Never recorded", "T");
    }

    @Test
    void a_body_that_is_not_json_or_an_id_that_is_not_one_is_a_bad_request() {
        problem(send("POST", "/api/v1/staff/changes", "{\"title\": "), 400);
        problem(send("GET", "/api/v1/staff/changes/not-a-uuid", null), 400);
        problem(send("GET", "/api/v1/staff/changes/" + java.util.UUID.randomUUID(), null), 404);
        var plainText = web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/changes"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        problem(plainText, 400);
    }

    private static String plan(String title) {
        return json(send("POST", "/api/v1/staff/changes", "{\"title\": \"" + title + "\", \"description\": \"D\"}"), 201)
                .get("id").asString();
    }

    private static List<String> titles() {
        List<String> titles = new ArrayList<>();
        json(send("GET", "/api/v1/staff/changes", null), 200).get("items")
                .forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static HttpResponse<String> send(String method, String path, String body) {
        var request = HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return web.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
