package org.bettercaretogether.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.problem;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Administrators manage staff accounts through the staff API, quoting the version of what they change. */
class AccountsApiTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    @Test
    void creating_an_account_answers_201_with_its_one_time_password_which_is_never_answered_again() {
        String token = web.staff().apiToken(web.staff().member(Role.ADMIN));

        var created = call("POST", "/api/v1/staff/accounts", token, """
                {"email": "Api.Person@Example.nhs.uk", "name": "Api Person",
                 "partner": "%s", "roles": ["RESPONDER"]}""".formatted(MorecambeBay.LANCASHIRE_CARE));

        JsonNode body = json(created, 201);
        String id = body.get("account").get("id").asString();
        String password = body.get("oneTimePassword").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/staff/accounts/" + id);
        assertThat(body.get("account").get("email").asString()).isEqualTo("api.person@example.nhs.uk");
        assertThat(body.get("account").get("partner").get("name").asString())
                .isEqualTo("Lancashire & South Cumbria NHS Foundation Trust");
        assertThat(body.get("account").get("mustChangePassword").asBoolean()).isTrue();
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        assertThat(call("GET", "/api/v1/staff/accounts/" + id, token, null).body()).doesNotContain(password)
                .contains("Api Person");
        assertThat(call("GET", "/api/v1/staff/accounts", token, null).body()).doesNotContain(password)
                .contains("api.person@example.nhs.uk");
        assertThat(web.browser().signIn("api.person@example.nhs.uk", password).headers().firstValue("Location"))
                .hasValue("/staff/password");
    }

    @Test
    void a_change_quoting_the_current_version_is_made_and_a_stale_one_answers_409() {
        String token = web.staff().apiToken(web.staff().member(Role.ADMIN));
        var colleague = web.staff().member(Role.MODERATOR);
        String address = "/api/v1/staff/accounts/" + colleague.member().id();
        long version = json(call("GET", address, token, null), 200).get("version").asLong();
        String change = """
                {"version": %d, "name": "Kit Changed", "partner": "%s", "roles": ["MODERATOR", "RESPONDER"],
                 "active": true}""";

        JsonNode changed = json(call("PUT", address, token, change.formatted(version, colleague.member().partner())), 200);
        var stale = call("PUT", address, token, change.formatted(version, MorecambeBay.CUMBRIA_PARTNERSHIP));

        assertThat(changed.get("name").asString()).isEqualTo("Kit Changed");
        assertThat(changed.get("roles").toString()).isEqualTo("[\"MODERATOR\",\"RESPONDER\"]");
        assertThat(changed.get("version").asLong()).isEqualTo(version + 1);
        assertThat(problem(stale, 409).get("detail").asString()).contains("changed by someone else");
        assertThat(json(call("GET", address, token, null), 200).get("partner").get("id").asString())
                .isEqualTo(colleague.member().partner().toString());
    }

    @Test
    void an_invalid_change_answers_422_naming_each_field_and_changes_nothing() {
        String token = web.staff().apiToken(web.staff().member(Role.ADMIN));
        var colleague = web.staff().member(Role.MODERATOR);
        String address = "/api/v1/staff/accounts/" + colleague.member().id();

        var refused = call("PUT", address, token, """
                {"name": " ", "partner": "not-a-partner", "roles": ["KING"]}""");

        JsonNode problem = problem(refused, 422);
        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("version", "name", "partner", "roles", "active");
        assertThat(web.application().security().staffMembers().find(colleague.member().id()).orElseThrow())
                .isEqualTo(colleague.member());
    }

    @Test
    void a_password_reset_answers_a_new_one_time_password() {
        String token = web.staff().apiToken(web.staff().member(Role.ADMIN));
        StaffAccounts.Account colleague = web.staff().member(Role.RESPONDER);

        JsonNode reset = json(call("POST", "/api/v1/staff/accounts/" + colleague.member().id() + "/password-reset",
                token, null), 200);

        String password = reset.get("oneTimePassword").asString();
        assertThat(reset.get("account").get("mustChangePassword").asBoolean()).isTrue();
        assertThat(web.staff().passwordIs(colleague, StaffAccounts.PASSWORD)).isFalse();
        assertThat(web.staff().passwordIs(colleague, password)).isTrue();
    }

    @Test
    void names_and_email_addresses_never_reach_the_log() {
        String token = web.staff().apiToken(web.staff().member(Role.ADMIN));
        // everything the service logs, at every level: its own loggers, and the error handling (not additive)
        List<Logger> loggers = List.of((Logger) LoggerFactory.getLogger("org.bettercaretogether"),
                (Logger) LoggerFactory.getLogger("org.bettercaretogether.web.platform.ErrorHandling"));
        List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        loggers.forEach(logger -> {
            logger.addAppender(logs);
            logger.setLevel(Level.ALL);
        });
        try {
            call("POST", "/api/v1/staff/accounts", token, """
                    {"email": "secret.person@example.nhs.uk", "name": "Secret Person", "partner": "%s", "roles": []}"""
                    .formatted(MorecambeBay.LANCASHIRE_CARE));
            call("POST", "/api/v1/staff/accounts", token, """
                    {"email": "secret.person@example.nhs.uk", "name": "Secret Person", "partner": "%s", "roles": []}"""
                    .formatted(MorecambeBay.LANCASHIRE_CARE));
            call("POST", "/api/v1/staff/accounts", token, """
                    {"email": "secret.person@", "name": "Secret Person", "partner": "x", "roles": []}""");

        } finally {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).setLevel(levels.get(i));
                loggers.get(i).detachAppender(logs);
            }
        }

        assertThat(logs.list).isNotEmpty();
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : logs.list) {
            text.append(event.getFormattedMessage()).append('\n');
            for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                text.append(thrown.getMessage()).append('\n');
            }
        }
        assertThat(text.toString()).doesNotContainIgnoringCase("secret.person").doesNotContain("Secret Person");
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
