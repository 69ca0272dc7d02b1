package org.bettercaretogether.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The staff API answers only a Bearer token that has neither expired nor been revoked. */
class StaffApiTest {

    private static final MovableClock CLOCK = MovableClock.startingNow();

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, SecuritySettings.defaults(), false);

    @Test
    void me_answers_the_callers_id_organisation_and_roles() {
        var account = web.staff().member(MorecambeBay.CUMBRIA_PARTNERSHIP, Role.RESPONDER, Role.MODERATOR);

        var response = call("GET", "/api/v1/staff/me", web.staff().apiToken(account), null);

        JsonNode me = json(response, 200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(me.get("id").asString()).isEqualTo(account.member().id().toString());
        assertThat(me.get("partner").get("id").asString()).isEqualTo(MorecambeBay.CUMBRIA_PARTNERSHIP.toString());
        assertThat(me.get("partner").get("name").asString()).isNotBlank();
        assertThat(me.get("roles").toString()).isEqualTo("[\"MODERATOR\",\"RESPONDER\"]");
        assertThat(response.body()).doesNotContain(account.email());
    }

    @Test
    void no_token_answers_401_with_a_bearer_challenge() {
        var response = web.get("/api/v1/staff/me");

        problem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void an_unknown_or_malformed_authorization_answers_401() {
        var account = web.staff().member(Role.MODERATOR);
        String token = web.staff().apiToken(account);

        for (String authorization : new String[] {"Bearer bct_not-a-real-token", "Basic " + token, "Bearer",
                token, "Bearer " + token + " extra"}) {
            var response = web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/me"))
                    .header("Authorization", authorization).build());
            problem(response, 401);
        }
        assertThat(call("GET", "/api/v1/staff/me", token, null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_session_cookie_is_not_accepted_on_the_api() {
        var account = web.staff().member(Role.ADMIN);
        String session = web.staff().signIn(account).sessionToken();

        var response = web.browser().cookie("bct-session", session).get("/api/v1/staff/me");

        problem(response, 401);
    }

    @Test
    void a_revoked_token_answers_401() {
        var account = web.staff().member(Role.MODERATOR);
        String token = web.staff().apiToken(account);
        var id = web.application().manageApiTokens().mine(account.actor()).getFirst().id();
        web.application().manageApiTokens().revoke(account.actor(), id).orElseThrow();

        problem(call("GET", "/api/v1/staff/me", token, null), 401);
    }

    @Test
    void an_expired_token_answers_401() {
        var account = web.staff().member(Role.MODERATOR);
        String token = web.application().manageApiTokens()
                .issue(account.actor(), "short-lived", Optional.of(Duration.ofDays(1))).orElseThrow().token();
        assertThat(call("GET", "/api/v1/staff/me", token, null).statusCode()).isEqualTo(200);

        CLOCK.advance(Duration.ofDays(1));

        problem(call("GET", "/api/v1/staff/me", token, null), 401);
        JsonNode mine = json(call("GET", "/api/v1/staff/tokens", web.staff().apiToken(account), null), 200);
        assertThat(mine.get("items").toString()).contains("\"label\":\"short-lived\"")
                .contains("\"status\":\"EXPIRED\"");
    }

    @Test
    void a_token_cannot_make_tokens_and_one_made_on_the_pages_is_listed_without_itself_and_deleted() {
        var account = web.staff().member(Role.ENGAGEMENT_OFFICER);
        String token = web.staff().apiToken(account);

        JsonNode refused = problem(call("POST", "/api/v1/staff/tokens", token,
                "{\"label\": \"reporting\", \"lifetimeDays\": 7}"), 403);

        assertThat(refused.get("detail").asString()).contains("/staff/tokens");
        var made = web.application().manageApiTokens().issue(account.actor(), "made on the pages",
                java.util.Optional.empty()).orElseThrow();
        String another = made.token();
        var list = call("GET", "/api/v1/staff/tokens", another, null);
        assertThat(json(list, 200).get("items").size()).isEqualTo(2);
        assertThat(list.body()).contains("ACTIVE").doesNotContain(another).doesNotContain(token)
                .doesNotContain("tokenHash");
        var deleted = call("DELETE", "/api/v1/staff/tokens/" + made.details().id(), token, null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        problem(call("GET", "/api/v1/staff/me", another, null), 401);
    }

    @Test
    void a_malformed_token_id_is_answered_with_the_field_at_fault() {
        String token = web.staff().apiToken(web.staff().member(Role.MODERATOR));

        JsonNode badId = problem(call("DELETE", "/api/v1/staff/tokens/not-a-uuid", token, null), 400);

        assertThat(badId.get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void someone_elses_token_cannot_be_deleted() {
        var owner = web.staff().member(Role.MODERATOR);
        String ownersToken = web.staff().apiToken(owner);
        var id = web.application().manageApiTokens().mine(owner.actor()).getFirst().id();
        String otherToken = web.staff().apiToken(web.staff().member(Role.ADMIN));

        problem(call("DELETE", "/api/v1/staff/tokens/" + id, otherToken, null), 404);
        assertThat(call("GET", "/api/v1/staff/me", ownersToken, null).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> call(String method, String path, String token, String json) {
        var request = HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return web.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

}
