package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.security.SignIn;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /metrics} of the whole service, to Prometheus holding the token and to nobody else; and request ids. */
class MetricsSystemTest {

    private static final String TOKEN = "a-token-for-prometheus-0123456789";
    private static final Pattern LABELS = Pattern.compile("\\{[^}]*}");

    private static TestDatabase database;

    @TempDir
    Path dataDirectory;

    @BeforeAll
    static void database() {
        database = TestDatabases.create("metrics");
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void prometheus_holding_the_token_reads_the_jvm_requests_by_route_the_pool_the_outbox_and_the_security_counts() {
        try (RunningService service = RunningService.start(configuration(Map.of("BCT_METRICS_TOKEN", TOKEN)))) {
            Http http = new Http(service.port());
            assertThat(http.get("/communities/kendal").statusCode()).isEqualTo(200);
            assertThat(http.get("/track/not-a-real-token-of-anyone").statusCode()).isEqualTo(404);
            assertThat(http.get("/no/such/page/jo.bloggs@example.com").statusCode()).isEqualTo(404);
            service.get(SignIn.class).signIn("nobody@example.nhs.uk", "not the password", "192.0.2.1");

            HttpResponse<String> metrics = http.get("/metrics", "Authorization", "Bearer " + TOKEN);

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/plain; version=0.0.4"));
            String text = metrics.body();
            assertThat(text).contains("jvm_memory_used_bytes{", "hikaricp_connections{",                     "bct_outbox_undelivered ", "bct_outbox_oldest_waiting_seconds ",
                    "bct_mail_delivery_failures_total{outcome=\"retrying\"}",
                    "bct_rate_limit_refusals_total{limit=\"public_submissions_per_address\"}",
                    "bct_outbox_waiting 0");
            assertThat(text).containsPattern("bct_sign_ins_total\\{outcome=\"failed\"} 1(\\.0)?\n");
            assertThat(text).containsPattern("http_server_requests_seconds_count\\{method=\"GET\",route="
                    + "\"/communities/\\{slug}\",status=\"200\"} 1(\\.0)?\n");
            assertThat(text).contains("http_server_requests_seconds_bucket{method=\"GET\","
                    + "route=\"/communities/{slug}\",status=\"200\",le=\"0.1\"}");
            assertThat(text).contains("route=\"unmatched\",status=\"404\"");
            assertThat(LABELS.matcher(text).results().map(found -> found.group()))
                    .as("no label holds an address asked for")
                    .noneMatch(labels -> labels.contains("kendal") || labels.contains("bloggs")
                            || labels.contains("not-a-real-token"));
        }
    }

    @Test
    void without_the_token_metrics_is_refused_as_a_problem_and_without_a_configured_token_it_is_not_there() {
        try (RunningService service = RunningService.start(configuration(Map.of("BCT_METRICS_TOKEN", TOKEN)))) {
            Http http = new Http(service.port());
            for (String[] headers : new String[][]{{}, {"Authorization", "Bearer wrong-token-for-prometheus-01"},
                    {"Authorization", "Basic " + TOKEN}}) {
                HttpResponse<String> refused = http.get("/metrics", headers);
                assertThat(refused.statusCode()).isEqualTo(401);
                assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
                assertThat(refused.body()).doesNotContain("jvm_");
            }
        }
        try (RunningService service = RunningService.start(configuration(Map.of()))) {
            HttpResponse<String> absent = new Http(service.port()).get("/metrics", "Authorization", "Bearer " + TOKEN);
            assertThat(absent.statusCode()).isEqualTo(404);
            assertThat(absent.body()).doesNotContain("jvm_");
        }
    }

    @Test
    void every_answer_carries_a_request_id_the_callers_own_when_it_is_sane() {
        try (RunningService service = RunningService.start(configuration(Map.of()))) {
            Http http = new Http(service.port());

            assertThat(http.get("/partners", "X-Request-Id", "proxy-id.42").headers().firstValue("X-Request-Id"))
                    .hasValue("proxy-id.42");
            assertThat(http.get("/partners", "X-Request-Id", "jo bloggs <jo@example.com>").headers()
                    .firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));
            assertThat(http.get("/no/such/page").headers().firstValue("X-Request-Id"))
                    .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));
        }
    }

    private Configuration configuration(Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(Map.of("BCT_PORT", "0",
                "BCT_DATA_DIR", dataDirectory.toString(), "BCT_DATABASE_URL", database.jdbcUrl(),
                "BCT_DATABASE_USER", database.user(), "BCT_DATABASE_PASSWORD", database.password()));
        environment.putAll(more);
        return Configuration.from(environment);
    }
}
