package org.bettercaretogether.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The staff API of one view: it answers the whole view, contact details included, with the version each change must
 * quote; changes answer the view as changed, and refuse a stale version (409) or a broken rule (422, field by field).
 */
class ModerationApiTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static Views views;
    private static String moderator;
    private static String responder;

    @BeforeAll
    static void tokens() {
        views = new Views(web);
        moderator = web.staff().apiToken(web.staff().member(Role.MODERATOR));
        responder = web.staff().apiToken(web.staff().member(Views.OWN_PARTNER, Role.RESPONDER));
    }

    @Test
    void a_view_answers_whole_with_its_contact_details_and_the_personal_details_found_in_it() {
        Feedback view = views.given("The Kendal walk-in centre was excellent. Call me on 07700 900789.",
                Views.contact("Robin Example", "robin@example.com", "07700 900789"), new Consent(true, true));

        JsonNode json = json(get(Views.api(view), moderator), 200);

        assertThat(json.get("id").asString()).isEqualTo(view.id().toString());
        assertThat(json.get("reference").asString()).isEqualTo(view.reference().value());
        assertThat(json.get("version").asLong()).isEqualTo(view.version());
        assertThat(json.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(json.get("about").get("kind").asString()).isEqualTo("community");
        assertThat(json.get("about").get("name").asString()).isEqualTo("Kendal");
        assertThat(json.get("text").asString()).contains("Call me on 07700 900789");
        assertThat(json.get("contact").get("name").asString()).isEqualTo("Robin Example");
        assertThat(json.get("contact").get("email").asString()).isEqualTo("robin@example.com");
        assertThat(json.get("contact").get("phone").asString()).isEqualTo("07700 900789");
        assertThat(json.get("consent").get("toPublish").asBoolean()).isTrue();
        assertThat(json.get("detected").get(0).get("kind").asString()).isEqualTo("PHONE");
        assertThat(json.get("suggestedPublicText").asString()).contains("[telephone number removed]")
                .doesNotContain("07700");
        assertThat(json.get("moderation").get("decision").asString()).isEqualTo("pending");
        assertThat(json.get("origin").get("channel").asString()).isEqualTo("ONLINE");
        assertThat(json.get("history").get(0).get("kind").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void publishing_answers_the_published_view_and_a_second_publication_on_the_old_version_is_409() {
        Feedback view = views.given("More parking at the Furness General, please.");
        String body = "{\"version\": " + view.version() + ", \"publicText\": \"More parking, please.\"}";

        JsonNode published = json(post(Views.api(view) + "/publish", moderator, body), 200);
        JsonNode stale = problem(post(Views.api(view) + "/publish", moderator, body), 409);

        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("moderation").get("publicText").asString()).isEqualTo("More parking, please.");
        assertThat(published.get("version").asLong()).isGreaterThan(view.version());
        assertThat(stale.get("detail").asString()).contains("changed by someone else");
    }

    @Test
    void a_change_without_a_version_or_breaking_a_rule_is_422_naming_the_field() {
        Feedback view = views.given("The hearing clinic letters come too late.");

        JsonNode noVersion = problem(post(Views.api(view) + "/publish", moderator, "{\"publicText\": \"Late letters.\"}"), 422);
        JsonNode withEmail = problem(post(Views.api(view) + "/publish", moderator, "{\"version\": " + view.version()
                + ", \"publicText\": \"Write to me at kim@example.com\"}"), 422);
        JsonNode badReason = problem(post(Views.api(view) + "/withhold", moderator, "{\"version\": " + view.version()
                + ", \"reason\": \"BORING\"}"), 422);
        JsonNode badTheme = problem(post(Views.api(view) + "/themes", moderator, "{\"version\": " + view.version()
                + ", \"themes\": [\"not-an-id\"]}"), 422);

        assertThat(noVersion.get("errors").get(0).get("field").asString()).isEqualTo("version");
        assertThat(withEmail.get("errors").get(0).get("field").asString()).isEqualTo("publicText");
        assertThat(withEmail.get("errors").get(0).get("message").asString()).contains("still contains an email address");
        assertThat(badReason.get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(badReason.get("errors").get(0).get("message").asString()).contains("ABUSIVE");
        assertThat(badTheme.get("errors").get(0).get("field").asString()).isEqualTo("themes");
        assertThat(views.current(view.id()).moderation()).isInstanceOf(Moderation.Pending.class);
    }

    @Test
    void malformed_json_is_400_and_a_view_that_does_not_exist_is_404() {
        problem(post("/api/v1/staff/feedback/00000000-0000-4000-8000-000000000000/publish", moderator,
                "{\"version\": 1, \"publicText\": \"Text.\"}"), 404);
        problem(get("/api/v1/staff/feedback/00000000-0000-4000-8000-000000000000", moderator), 404);
        problem(post(Views.api(views.given("Anything.")) + "/publish", moderator, "{\"version\": "), 400);
    }

    @Test
    void tagging_assigning_and_answering_through_the_api() {
        var officer = web.staff().member(Role.ENGAGEMENT_OFFICER);
        Theme theme = web.application().manageThemes().add(officer.actor(), "Access to services").orElseThrow();
        Feedback view = views.published(views.entered("The surgery's ramp is too steep.", LocalDate.of(2025, 3, 3)));

        JsonNode tagged = json(post(Views.api(view) + "/themes", moderator, "{\"version\": " + view.version()
                + ", \"themes\": [\"" + theme.id() + "\"]}"), 200);
        JsonNode assigned = json(post(Views.api(view) + "/assign", moderator, "{\"version\": "
                + tagged.get("version").asLong() + ", \"partner\": \"" + Views.OWN_PARTNER + "\"}"), 200);
        JsonNode blank = problem(post(Views.api(view) + "/response", responder, "{\"version\": "
                + assigned.get("version").asLong() + ", \"text\": \" \"}"), 422);
        JsonNode answered = json(post(Views.api(view) + "/response", responder, "{\"version\": "
                + assigned.get("version").asLong() + ", \"text\": \"The ramp is being rebuilt in May.\"}"), 200);
        JsonNode closed = json(post(Views.api(view) + "/close", responder, "{\"version\": "
                + answered.get("version").asLong() + "}"), 200);

        assertThat(tagged.get("themes").get(0).get("name").asString()).isEqualTo("Access to services");
        assertThat(assigned.get("assignment").get("dueOn").asString()).isEqualTo("2025-03-31");
        assertThat(assigned.get("assignment").get("partnerName").asString())
                .isEqualTo("University Hospitals of Morecambe Bay NHS Foundation Trust");
        assertThat(blank.get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(answered.get("response").get("text").asString()).isEqualTo("The ramp is being rebuilt in May.");
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void a_responder_of_another_partner_may_neither_read_nor_answer_a_view() {
        Feedback view = views.assigned(views.published(views.given("Is the eye clinic moving?")), Views.OWN_PARTNER);
        String other = web.staff().apiToken(web.staff().member(Views.ANOTHER_PARTNER, Role.RESPONDER));

        problem(get(Views.api(view), other), 403);
        problem(post(Views.api(view) + "/response", other, "{\"version\": " + views.current(view.id()).version()
                + ", \"text\": \"Not ours.\"}"), 403);
        assertThat(json(get(Views.api(view), responder), 200).get("reference").asString())
                .isEqualTo(view.reference().value());
    }

    private static HttpResponse<String> get(String path, String token) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token).build());
    }

    private static HttpResponse<String> post(String path, String token, String json) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
