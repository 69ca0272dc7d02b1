package org.bettercaretogether.bootstrap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.ManageApiTokens;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.application.staff.NewStaffMember;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.persistence.DatabaseTimeouts;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community's life through the running service, on its real database and a real SMTP server: staff schedule a
 * meeting, fifty people register at once for twenty places, one cancels and the first waiting is given the place and
 * told; the meeting's time reads right across the clock change; a renamed community's old address still leads to it.
 */
class CommunityLifeSystemTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @TempDir
    static Path dataDirectory;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static TestDatabase database;
    private static RunningService platform;
    private static String officerToken;

    @BeforeAll
    static void start() {
        // Fifty registrations for one meeting queue for its lock, each holding a connection while it waits: on a
        // loaded machine the last wait for a connection longer than the default two seconds, and would be told 503.
        // What is tested here is how places are counted, so the service may wait as long as it takes.
        DatabaseTimeouts patient = new DatabaseTimeouts(Duration.ofSeconds(60), DatabaseTimeouts.DEFAULTS.statement(),
                DatabaseTimeouts.DEFAULTS.socket());
        database = TestDatabases.createMigrated("community-life");
        platform = RunningService.start(SystemTestConfiguration.onSharedServer(database,
                SystemTestConfiguration.withTestSmtp(dataDirectory, smtp.getSmtp().getPort())
                        .withDatabaseTimeouts(patient)));
        AccountWithPassword admin = platform.get(CreateAdministrator.class).create(
                new EmailAddress("life.admin@example.nhs.uk"), "Life Admin", MorecambeBay.CLINICAL_COMMISSIONING_GROUP)
                .orElseThrow();
        AccountWithPassword officer = platform.get(ManageStaff.class).create(Actor.of(admin.member()),
                new NewStaffMember(new EmailAddress("life.officer@example.nhs.uk"), "Life Officer",
                        MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Set.of(Role.ENGAGEMENT_OFFICER))).orElseThrow();
        officerToken = platform.get(ManageApiTokens.class).issue(Actor.of(officer.member()), "community life",
                Optional.empty()).orElseThrow().token();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void fifty_register_at_once_for_twenty_places_and_a_cancellation_gives_the_first_waiting_a_place() throws Exception {
        // Monday 1 November 2027 is the day after the clocks go back: 18:00 there is 18:00 GMT.
        JsonNode meeting = staff("POST", "/api/v1/staff/meetings", """
                {"community": "kendal", "title": "Kendal health and care open evening",
                 "purpose": "Hear about the Kendal team's local priorities and tell us yours.",
                 "start": "2027-11-01T18:00", "end": "2027-11-01T20:00", "venueName": "Kendal Town Hall",
                 "venueAddress": "Highgate, Kendal", "access": ["STEP_FREE", "HEARING_LOOP"], "capacity": 20}""", 201);
        String id = meeting.get("id").asString();

        assertThat(get("/meetings/" + id).body()).contains("Monday 1 November 2027, 6pm to 8pm");
        String calendar = get("/meetings/" + id + ".ics").body();
        assertThat(calendar).contains("DTSTART;TZID=Europe/London:20271101T180000")
                .contains("DTEND;TZID=Europe/London:20271101T200000");

        String canaryNeeds = "Needs a wheelchair space " + unique();
        List<String> tokens = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String body = "{\"name\": \"Person " + i + "\", \"email\": \"person" + i + ".life@example.org\", "
                        + "\"places\": 1" + (i % 10 == 0 ? ", \"accessNeeds\": \"" + canaryNeeds + "\"" : "") + "}";
                calls.add(() -> post("/api/v1/meetings/" + id + "/registrations", body));
            }
            int confirmed = 0;
            int waiting = 0;
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(201);
                JsonNode receipt = JSON.readTree(answer.get().body());
                tokens.add(receipt.get("registrationUrl").asString());
                if (receipt.get("status").asString().equals("CONFIRMED")) {
                    confirmed++;
                } else {
                    waiting++;
                }
            }
            assertThat(confirmed).isEqualTo(20);
            assertThat(waiting).isEqualTo(30);
        }

        Map<Integer, JsonNode> byArrival = registrantsByArrival(id);
        assertThat(byArrival.keySet()).hasSize(50).startsWith(1).endsWith(50);
        byArrival.forEach((arrival, registrant) -> assertThat(registrant.get("status").asString())
                .as("registration %d", arrival).isEqualTo(arrival <= 20 ? "CONFIRMED" : "WAITING"));

        String firstWaiting = byArrival.get(21).get("email").asString();
        String confirmedPerson = byArrival.get(7).get("email").asString();
        // invokeAll answers in the order the calls were given, so person i's link is the i-th.
        int person = Integer.parseInt(confirmedPerson.substring("person".length(), confirmedPerson.indexOf('.')));
        String cancelUrl = tokens.get(person);
        HttpResponse<String> cancelled = send(HttpRequest.newBuilder(uri("/api/v1/registrations/"
                + cancelUrl.substring(cancelUrl.lastIndexOf('/') + 1))).DELETE().build());
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);

        Map<Integer, JsonNode> after = registrantsByArrival(id);
        assertThat(after.get(7).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(after.get(21).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(after.get(22).get("status").asString()).isEqualTo("WAITING");
        JsonNode publicMeeting = JSON.readTree(get("/api/v1/meetings/" + id).body());
        assertThat(publicMeeting.get("placesLeft").asInt()).isZero();
        assertThat(publicMeeting.get("waiting").asInt()).isEqualTo(29);

        assertThat(smtp.waitForIncomingEmail(20_000, 52)).as("50 confirmations, a cancellation and a promotion").isTrue();
        Outboxes.awaitEmpty(platform); // so every message is in, a duplicate too
        List<String> toFirstWaiting = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(firstWaiting)) {
                toFirstWaiting.add(message.getSubject());
            }
        }
        assertThat(toFirstWaiting).containsExactlyInAnyOrder(
                "You are on the waiting list for Kendal health and care open evening",
                "A place has become free: you have a place at Kendal health and care open evening");

        for (String address : List.of("/meetings", "/meetings/" + id, "/meetings/" + id + ".ics",
                "/communities/kendal", "/communities/kendal/meetings.ics", "/api/v1/meetings",
                "/api/v1/meetings/" + id, "/api/v1/communities/kendal/meetings")) {
            String body = get(address).body();
            assertThat(body).as(address).doesNotContain(canaryNeeds).doesNotContain("life@example.org")
                    .doesNotContain("Person 1");
        }
        String log = Files.readString(Path.of("target/test.log"));
        assertThat(log).doesNotContain(canaryNeeds).doesNotContain("life@example.org");
    }

    @Test
    void ten_priorities_added_at_once_to_one_community_each_take_a_rank_of_their_own() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            List<Callable<JsonNode>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String title = "Priority added at once " + i;
                calls.add(() -> staff("POST", "/api/v1/staff/communities/garstang/priorities", "{\"title\": \""
                        + title + "\", \"description\": \"What we will do.\", \"serves\": [\"QUALITY_OF_CARE\"], "
                        + "\"rationale\": \"People asked for it.\", \"owner\": \""
                        + MorecambeBay.CLINICAL_COMMISSIONING_GROUP + "\"}", 201));
            }
            for (Future<JsonNode> added : pool.invokeAll(calls)) {
                added.get();
            }
        }
        List<Integer> ranks = new ArrayList<>();
        staff("GET", "/api/v1/staff/communities/garstang/priorities", null, 200).get("items")
                .forEach(priority -> ranks.add(priority.get("rank").asInt()));
        assertThat(ranks).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void a_renamed_community_keeps_its_history_and_its_old_address_leads_to_it() throws Exception {
        staff("POST", "/api/v1/staff/communities/lakes/rename", """
                {"name": "Windermere and the Lakes", "slug": "windermere-and-lakes", "effectiveOn": "2026-11-01"}""", 200);

        HttpResponse<String> old = get("/communities/lakes");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/communities/windermere-and-lakes");
        assertThat(get("/api/v1/communities/lakes").statusCode()).isEqualTo(301);
        assertThat(get("/communities/windermere-and-lakes").body()).contains("Windermere and the Lakes")
                .contains("Known as Lakes until");
    }

    private static Map<Integer, JsonNode> registrantsByArrival(String meeting) throws Exception {
        Map<Integer, JsonNode> byArrival = new TreeMap<>();
        for (JsonNode registrant : staff("GET", "/api/v1/staff/meetings/" + meeting, null, 200).get("registrations")) {
            byArrival.put(registrant.get("arrival").asInt(), registrant);
        }
        return byArrival;
    }

    private static JsonNode staff(String method, String path, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + officerToken)
                .timeout(Duration.ofSeconds(15));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> answer = send(request.build());
        assertThat(answer.statusCode()).as("%s %s: %s", method, path, answer.body()).isEqualTo(expected);
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(15)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return Http.send(client, request);
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + platform.port() + path);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
