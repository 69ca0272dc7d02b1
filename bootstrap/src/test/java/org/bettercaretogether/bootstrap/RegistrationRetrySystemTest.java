package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration sent again with the same {@code Idempotency-Key}, through the running service on its real database:
 * it is made once, and every retry is answered with the first answer and the same private link, even when the tries
 * arrive at the same moment; the same key on a different registration is refused as for a view.
 */
class RegistrationRetrySystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    static Path dataDirectory;

    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(Configuration.embedded(0, dataDirectory)
                .withSecurity(SystemTestConfiguration.roomForSubmissions(10_000)));
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void the_same_registration_sent_twice_with_one_key_is_made_once_and_the_retry_answered_200_with_the_same_link()
            throws Exception {
        String meeting = TestMeetings.schedule(service, 10);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = send(registration(meeting, "Ada Once", 2).header("Idempotency-Key", key));
        HttpResponse<String> again = send(registration(meeting, "Ada Once", 2).header("Idempotency-Key", key));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(JSON.readTree(again.body())).isEqualTo(JSON.readTree(first.body()));
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.body()).doesNotContain("Ada Once", "@example.org");
        assertThat(stored(meeting)).isEqualTo(1);
    }

    @Test
    void twelve_tries_of_one_registration_at_the_same_moment_with_one_key_make_one_registration() throws Exception {
        String meeting = TestMeetings.schedule(service, 10);
        String key = UUID.randomUUID().toString();
        int tries = 12;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> pending = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(tries)) {
            for (int i = 0; i < tries; i++) {
                pending.add(clients.submit(() -> {
                    go.await();
                    return send(registration(meeting, "Bo Together", 1).header("Idempotency-Key", key));
                }));
            }
            go.countDown();
            List<String> links = new ArrayList<>();
            int made = 0;
            for (Future<HttpResponse<String>> answer : pending) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
                made += response.statusCode() == 201 ? 1 : 0;
                links.add(JSON.readTree(response.body()).get("registrationUrl").asString());
            }
            assertThat(made).isEqualTo(1);
            assertThat(links).containsOnly(links.getFirst());
        }
        assertThat(stored(meeting)).isEqualTo(1);
    }

    @Test
    void the_same_key_on_a_different_registration_is_refused_422_as_for_a_view_and_nothing_more_is_made()
            throws Exception {
        String meeting = TestMeetings.schedule(service, 10);
        String key = UUID.randomUUID().toString();
        assertThat(send(registration(meeting, "Cy First", 1).header("Idempotency-Key", key)).statusCode())
                .isEqualTo(201);

        HttpResponse<String> other = send(registration(meeting, "Cy First", 3).header("Idempotency-Key", key));
        HttpResponse<String> otherMeeting = send(registration(TestMeetings.schedule(service, 10), "Cy First", 1)
                .header("Idempotency-Key", key));

        for (HttpResponse<String> refused : List.of(other, otherMeeting)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
                    .containsExactly("Idempotency-Key");
        }
        assertThat(stored(meeting)).isEqualTo(1);
    }

    @Test
    void a_view_and_a_registration_may_use_the_same_key_each_made_once() throws Exception {
        String meeting = TestMeetings.schedule(service, 10);
        String key = UUID.randomUUID().toString();
        HttpResponse<String> view = send(HttpRequest.newBuilder(uri("/api/v1/feedback"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"about\": \"programme\", \"role\": \"OTHER\", "
                        + "\"text\": \"A view sharing its key with a registration.\"}")));

        HttpResponse<String> registered = send(registration(meeting, "Di Shared", 1).header("Idempotency-Key", key));

        assertThat(view.statusCode()).as(view.body()).isEqualTo(201);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(stored(meeting)).isEqualTo(1);
    }

    @Test
    void registrations_without_a_key_are_each_made_as_before() throws Exception {
        String meeting = TestMeetings.schedule(service, 10);

        HttpResponse<String> first = send(registration(meeting, "Ed Keyless", 1));
        HttpResponse<String> second = send(registration(meeting, "Ed Keyless", 1));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(JSON.readTree(second.body()).get("registrationUrl").asString())
                .isNotEqualTo(JSON.readTree(first.body()).get("registrationUrl").asString());
        assertThat(stored(meeting)).isEqualTo(2);
    }

    private static HttpRequest.Builder registration(String meeting, String name, int places) {
        return HttpRequest.newBuilder(uri("/api/v1/meetings/" + meeting + "/registrations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"email\": \""
                        + name.toLowerCase().replace(' ', '.') + "@example.org\", \"places\": " + places + "}"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return Http.send(client, request.timeout(Duration.ofSeconds(30)).build());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + service.port() + path);
    }

    private static int stored(String meeting) {
        return service.get(Registrations.class).of(MeetingId.parse(meeting)).size();
    }
}
