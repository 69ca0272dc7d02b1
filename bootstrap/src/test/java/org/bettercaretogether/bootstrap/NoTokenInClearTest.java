package org.bettercaretogether.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The private links given to the public (a view's tracking link, a registration's own page) are kept nowhere in clear:
 * after the public journeys, retries with the same idempotency key among them, every text column of every table is
 * read and none holds a token that was given.
 */
class NoTokenInClearTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient client = HttpClient.newHttpClient();
    private static final Pattern TOKEN_IN_LINK = Pattern.compile("/(?:track|registrations)/([A-Za-z0-9_-]{20,})");

    @TempDir
    static Path dataDirectory;
    @TempDir
    static Path serviceDirectory;

    private static TestDatabase database;
    private static RunningService service;

    @BeforeAll
    static void start() {
        database = TestDatabase.start(dataDirectory);
        service = RunningService.start(Configuration.embedded(0, serviceDirectory).withDatabase(database.address())
                .withSecurity(SystemTestConfiguration.roomForSubmissions(1_000)));
    }

    @AfterAll
    static void stop() {
        try {
            if (service != null) {
                service.close();
            }
        } finally {
            database.close();
        }
    }

    @Test
    void no_token_given_in_a_public_journey_is_kept_in_any_text_column() throws Exception {
        List<String> given = new ArrayList<>();
        String viewKey = UUID.randomUUID().toString();
        String view = "{\"about\": \"community\", \"slug\": \"kendal\", \"role\": \"PATIENT\", \"text\": \"The clinic "
                + "moved and nobody told us.\", \"email\": \"tok.en@example.org\", \"consentToContact\": true, "
                + "\"consentToPublish\": false}";
        HttpResponse<String> shared = post("/api/v1/feedback", view, viewKey);
        HttpResponse<String> sharedAgain = post("/api/v1/feedback", view, viewKey);
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);
        assertThat(sharedAgain.statusCode()).as(sharedAgain.body()).isEqualTo(200);
        assertThat(sharedAgain.body()).as("the retry gives the same link").isEqualTo(shared.body());
        given.add(token(shared.body()));
        given.add(token(post("/api/v1/feedback", view.replace("moved", "closed"), null).body()));

        String meeting = TestMeetings.schedule(service, 10);
        String registrationKey = UUID.randomUUID().toString();
        String registration = "{\"name\": \"Tess Token\", \"email\": \"tess@example.org\", \"places\": 1}";
        HttpResponse<String> registered = post("/api/v1/meetings/" + meeting + "/registrations", registration,
                registrationKey);
        HttpResponse<String> registeredAgain = post("/api/v1/meetings/" + meeting + "/registrations", registration,
                registrationKey);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(JSON.readTree(registeredAgain.body())).isEqualTo(JSON.readTree(registered.body()));
        given.add(token(registered.body()));
        String track = JSON.readTree(shared.body()).get("trackingUrl").asString();
        assertThat(get(track.startsWith("/api") ? track : "/api/v1" + track).statusCode()).isEqualTo(200);

        List<String> found = new ArrayList<>();
        DatabaseAddress address = database.address();
        try (Connection connection = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
             Statement sql = connection.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet text = sql.executeQuery("select table_name, column_name from information_schema.columns "
                    + "where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json') "
                    + "order by 1, 2")) {
                while (text.next()) {
                    columns.add(new String[]{text.getString(1), text.getString(2)});
                }
            }
            assertThat(columns).hasSizeGreaterThan(50);
            for (String[] column : columns) {
                for (String token : given) {
                    try (ResultSet hit = sql.executeQuery("select count(*) from \"" + column[0] + "\" where \""
                            + column[1] + "\"::text like '%" + token + "%'")) {
                        hit.next();
                        if (hit.getLong(1) > 0) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static String token(String answer) {
        Matcher link = TOKEN_IN_LINK.matcher(answer);
        assertThat(link.find()).as("a private link in " + answer).isTrue();
        return link.group(1);
    }

    private static HttpResponse<String> post(String path, String json, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return Http.send(client, request.timeout(Duration.ofSeconds(30)).build());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return Http.send(client, HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + service.port() + path);
    }
}
