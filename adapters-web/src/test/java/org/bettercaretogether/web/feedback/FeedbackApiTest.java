package org.bettercaretogether.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * A client gives a view through {@code POST /api/v1/feedback}: answered 201 with the reference and the private
 * tracking link; a retry with the same {@code Idempotency-Key} gives the same answer and no second view, however
 * many and however concurrent; anything wrong is a problem document and nothing is stored.
 */
class FeedbackApiTest {

    @RegisterExtension
    static final RunningPublicWeb web = FeedbackFixtures.server();

    private final FeedbackFixtures views = new FeedbackFixtures(web);

    @Test
    void a_view_is_received_and_answered_201_with_its_reference_and_tracking_link() {
        int before = views.stored();

        var response = web.postJson("/api/v1/feedback", """
                {"about": "workstream", "slug": "elective-care", "role": "CLINICIAN",
                 "text": "Waiting lists for hip operations need a plan.", "name": "Dr Example",
                 "email": "doc@example.org", "phone": "+44 1524 123456", "consentToContact": true,
                 "consentToPublish": false, "postcodeDistrict": "la1"}""");

        JsonNode receipt = json(response, 201);
        assertThat(receipt.get("reference").asString()).matches("BCT-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(receipt.get("trackingUrl").asString()).matches("/track/v[A-Za-z0-9_-]{43}");
        assertThat(receipt.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(response.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(views.stored()).isEqualTo(before + 1);
        Feedback stored = views.find(receipt.get("reference").asString());
        assertThat(stored.text().orElseThrow().value()).isEqualTo("Waiting lists for hip operations need a plan.");
        assertThat(stored.consent().toContact()).isTrue();
        assertThat(stored.consent().toPublish()).isFalse();
        assertThat(stored.postcodeDistrict().orElseThrow().value()).isEqualTo("LA1");
        assertThat(json(web.get("/api/v1" + receipt.get("trackingUrl").asString()), 200).get("reference").asString())
                .isEqualTo(receipt.get("reference").asString());
    }

    @Test
    void consent_not_given_is_no_consent() {
        var response = web.postJson("/api/v1/feedback", """
                {"about": "programme", "role": "OTHER", "text": "Keep us informed."}""");

        Feedback stored = views.find(json(response, 201).get("reference").asString());
        assertThat(stored.consent().toContact()).isFalse();
        assertThat(stored.consent().toPublish()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no subject         | \"role\": \"PATIENT\", \"text\": \"x\"                                       | about",
            "an unknown kind    | \"about\": \"hospital\", \"role\": \"PATIENT\", \"text\": \"x\"              | about",
            "no slug            | \"about\": \"community\", \"role\": \"PATIENT\", \"text\": \"x\"             | slug",
            "an unknown ICC     | \"about\": \"community\", \"slug\": \"atlantis\", \"role\": \"PATIENT\", \"text\": \"x\" | slug",
            "a malformed slug   | \"about\": \"community\", \"slug\": \"Not A Slug\", \"role\": \"PATIENT\", \"text\": \"x\" | slug",
            "a slug for the programme | \"about\": \"programme\", \"slug\": \"kendal\", \"role\": \"PATIENT\", \"text\": \"x\" | slug",
            "no role            | \"about\": \"programme\", \"text\": \"x\"                                    | role",
            "an unknown role    | \"about\": \"programme\", \"role\": \"KING\", \"text\": \"x\"                 | role",
            "no text            | \"about\": \"programme\", \"role\": \"PATIENT\"                               | text",
            "blank text         | \"about\": \"programme\", \"role\": \"PATIENT\", \"text\": \"   \"             | text",
            "an invalid email   | \"about\": \"programme\", \"role\": \"PATIENT\", \"text\": \"x\", \"email\": \"pat@\" | email",
            "an invalid phone   | \"about\": \"programme\", \"role\": \"PATIENT\", \"text\": \"x\", \"phone\": \"123\" | phone",
            "an invalid district| \"about\": \"programme\", \"role\": \"PATIENT\", \"text\": \"x\", \"postcodeDistrict\": \"L\" | postcodeDistrict",
            "contact without a way | \"about\": \"programme\", \"role\": \"PATIENT\", \"text\": \"x\", \"name\": \"Pat\", \"consentToContact\": true | consentToContact"})
    void a_field_in_error_answers_422_naming_it_and_nothing_is_stored(String problem, String members, String field) {
        int before = views.stored();

        JsonNode answer = problem(web.postJson("/api/v1/feedback", "{" + members + "}"), 422);

        assertThat(fields(answer)).as(problem).containsExactly(field);
        assertThat(views.stored()).isEqualTo(before);
    }

    @Test
    void a_view_of_5001_characters_answers_422_and_one_of_5000_is_received() {
        int before = views.stored();

        JsonNode answer = problem(web.postJson("/api/v1/feedback", FeedbackFixtures.json("a".repeat(5_001))), 422);

        assertThat(answer.get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(answer.get("errors").get(0).get("message").asString())
                .isEqualTo("Your view must be 5,000 characters or fewer");
        assertThat(views.stored()).isEqualTo(before);
        json(web.postJson("/api/v1/feedback", FeedbackFixtures.json("a".repeat(5_000))), 201);
        assertThat(views.stored()).isEqualTo(before + 1);
    }

    @Test
    void every_field_in_error_is_named_in_one_answer() {
        JsonNode answer = problem(web.postJson("/api/v1/feedback", """
                {"about": "community", "slug": "atlantis", "text": "", "email": "x", "phone": "y",
                 "postcodeDistrict": "LA9 4AB", "consentToContact": true}"""), 422);

        assertThat(fields(answer)).containsExactly("slug", "role", "text", "email", "phone", "postcodeDistrict");
    }

    @Test
    void malformed_json_answers_400_and_nothing_is_stored() {
        int before = views.stored();

        JsonNode answer = problem(web.postJson("/api/v1/feedback", "{\"about\": \"programme\", "), 400);

        assertThat(answer.get("detail").asString()).isEqualTo("The request body is not valid JSON.");
        problem(web.postJson("/api/v1/feedback", "[\"not\", \"an object\"]"), 400);
        problem(web.postJson("/api/v1/feedback", "null"), 400);
        problem(web.postJson("/api/v1/feedback", "{\"about\": \"programme\", \"role\": \"OTHER\", \"text\": \"x\", "
                + "\"consentToPublish\": \"perhaps\"}"), 400);
        assertThat(views.stored()).isEqualTo(before);
    }

    @Test
    void a_member_a_view_does_not_have_answers_400_naming_it_so_a_misspelling_is_not_dropped() {
        int before = views.stored();

        JsonNode answer = problem(web.postJson("/api/v1/feedback", """
                {"about": "programme", "role": "OTHER", "text": "x", "consentToPublsh": true}"""), 400);

        assertThat(fields(answer)).containsExactly("consentToPublsh");
        assertThat(views.stored()).isEqualTo(before);
    }

    @Test
    void a_body_that_is_not_json_answers_415_saying_what_is_accepted_and_nothing_is_stored() {
        int before = views.stored();

        HttpResponse<String> form = web.send(HttpRequest.newBuilder(web.uri("/api/v1/feedback"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("about=programme&role=OTHER&text=x")).build());
        HttpResponse<String> untyped = web.send(HttpRequest.newBuilder(web.uri("/api/v1/feedback"))
                .POST(HttpRequest.BodyPublishers.ofString(FeedbackFixtures.json("x"))).build());

        assertThat(problem(form, 415).get("detail").asString()).contains("application/json");
        assertThat(form.headers().firstValue("Accept-Post")).hasValue("application/json");
        problem(untyped, 415);
        assertThat(views.stored()).isEqualTo(before);
    }

    @Test
    void json_declared_with_a_charset_is_accepted() {
        var response = web.send(HttpRequest.newBuilder(web.uri("/api/v1/feedback"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(FeedbackFixtures.json("Café opening hours."))).build());

        assertThat(views.find(json(response, 201).get("reference").asString()).text().orElseThrow().value())
                .isEqualTo("Café opening hours.");
    }

    @Test
    void the_same_request_sent_100_times_with_one_key_gives_one_view_and_one_reference_the_later_answers_replayed() {
        String key = UUID.randomUUID().toString();
        String body = FeedbackFixtures.json("Please keep the Millom hospital beds. " + key);
        int before = views.stored();

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(web.send(withKey(key, body)));
        }

        JsonNode first = json(answers.getFirst(), 201);
        assertThat(answers.getFirst().headers().firstValue("Idempotent-Replayed")).isEmpty();
        for (HttpResponse<String> later : answers.subList(1, 100)) {
            assertThat(json(later, 200)).isEqualTo(first);
            assertThat(later.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        }
        assertThat(views.stored()).isEqualTo(before + 1);
    }

    @Test
    void twenty_identical_requests_at_once_with_one_key_give_exactly_one_view() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = FeedbackFixtures.json("The bus to the hospital is too infrequent. " + key);
        int before = views.stored();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> pending = new ArrayList<>();

        try (ExecutorService clients = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                pending.add(clients.submit(() -> {
                    start.await();
                    return web.send(withKey(key, body));
                }));
            }
            start.countDown();
            Set<String> references = new HashSet<>();
            int created = 0;
            for (Future<HttpResponse<String>> answer : pending) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
                created += response.statusCode() == 201 ? 1 : 0;
                references.add(json(response, response.statusCode()).get("reference").asString());
            }
            assertThat(created).isEqualTo(1);
            assertThat(references).hasSize(1);
        }
        assertThat(views.stored()).isEqualTo(before + 1);
    }

    @Test
    void the_same_key_with_a_different_view_answers_422_and_stores_nothing_more() {
        String key = UUID.randomUUID().toString();
        json(web.send(withKey(key, FeedbackFixtures.json("The first view."))), 201);
        int before = views.stored();

        JsonNode answer = problem(web.send(withKey(key, FeedbackFixtures.json("A different view."))), 422);

        assertThat(fields(answer)).containsExactly("Idempotency-Key");
        assertThat(views.stored()).isEqualTo(before);
    }

    @Test
    void a_malformed_idempotency_key_answers_400_and_stores_nothing() {
        int before = views.stored();

        JsonNode answer = problem(web.send(withKey("has spaces in it", FeedbackFixtures.json("x"))), 400);

        assertThat(fields(answer)).containsExactly("Idempotency-Key");
        assertThat(views.stored()).isEqualTo(before);
    }

    private HttpRequest withKey(String key, String body) {
        return HttpRequest.newBuilder(web.uri("/api/v1/feedback"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
