package org.bettercaretogether.bootstrap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two services on one database, as two nodes behind a load balancer: what one node knows, the other knows too, because
 * nothing is kept only in a node's memory. A staff session, a rate limit's count, an idempotency key's answer, a
 * meeting's places and the mail outbox are each shared through PostgreSQL.
 */
@Order(1)
class TwoServicesIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Deque<AutoCloseable> started = new ArrayDeque<>();

    @TempDir
    static Path databaseDirectory;
    @TempDir
    static Path oneDirectory;
    @TempDir
    static Path otherDirectory;

    private static RunningService one;
    private static RunningService other;

    @BeforeAll
    static void start() {
        TestDatabase database = TestDatabase.start(databaseDirectory);
        started.push(database);
        one = RunningService.start(SystemTestConfiguration.withTestSmtp(oneDirectory, smtp.getSmtp().getPort())
                .withDatabase(database.address()));
        started.push(one);
        other = RunningService.start(SystemTestConfiguration.withTestSmtp(otherDirectory, smtp.getSmtp().getPort())
                .withDatabase(database.address()));
        started.push(other);
    }

    @AfterAll
    static void stop() throws Exception {
        while (!started.isEmpty()) {
            started.pop().close();
        }
    }

    @Test
    void a_staff_member_signed_in_on_one_service_is_signed_in_on_the_other_and_signed_out_of_both_at_once()
            throws Exception {
        String email = "two.services." + unique() + "@example.nhs.uk";
        AccountWithPassword administrator = administrator(email);
        Browser onOne = new Browser(one.port());
        Browser onOther = onOne.at(other.port());

        HttpResponse<String> signedIn = onOne.submit("/staff/sign-in", "/staff/sign-in",
                "email", email, "password", administrator.oneTimePassword());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/staff/password");

        String newPassword = "two-services-" + UUID.randomUUID();
        HttpResponse<String> changed = onOther.submit("/staff/password", "/staff/password",
                "current-password", administrator.oneTimePassword(), "new-password", newPassword,
                "confirm-password", newPassword);
        assertThat(changed.statusCode()).as("changing the password on the other service: %s", changed.body())
                .isEqualTo(303);
        onOne.setUpAuthenticator();
        assertThat(onOne.get("/staff").statusCode()).as("the staff home on the first service").isEqualTo(200);

        assertThat(onOther.submit("/staff", "/staff/sign-out").statusCode()).isEqualTo(303);
        HttpResponse<String> afterwards = onOne.get("/staff");
        assertThat(afterwards.statusCode()).as("the staff home on the first, signed out on the other").isEqualTo(303);
        assertThat(afterwards.headers().firstValue("Location")).hasValue("/staff/sign-in");
    }

    @Test
    void failed_sign_ins_on_either_service_count_against_one_limit() throws Exception {
        String email = "two.limits." + unique() + "@example.nhs.uk";
        AccountWithPassword administrator = administrator(email);
        int allowed = SecuritySettings.defaults().failedSignInsPerAccount().capacity();
        Browser onOne = new Browser(one.port());
        Browser onOther = onOne.at(other.port());
        for (int attempt = 0; attempt < allowed; attempt++) {
            Browser on = attempt % 2 == 0 ? onOne : onOther;
            HttpResponse<String> refused = on.submit("/staff/sign-in", "/staff/sign-in",
                    "email", email, "password", "not the password " + attempt);
            assertThat(refused.statusCode()).as("wrong password, attempt %d", attempt + 1).isNotIn(303, 429);
        }

        for (Browser on : List.of(onOne, onOther)) {
            HttpResponse<String> throttled = on.submit("/staff/sign-in", "/staff/sign-in",
                    "email", email, "password", administrator.oneTimePassword());
            assertThat(throttled.statusCode()).as("the right password after %d failures shared between the two",
                    allowed).isEqualTo(429);
        }
    }

    @Test
    void a_view_sent_again_to_the_other_service_with_its_idempotency_key_is_answered_as_the_first_was()
            throws Exception {
        String key = "two-services-" + unique();
        String view = "{\"about\": \"programme\", \"role\": \"OTHER\", \"text\": \"One view, sent to both nodes.\"}";
        HttpResponse<String> first = send(HttpRequest.newBuilder(uri(one, "/api/v1/feedback"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(view)));
        HttpResponse<String> again = send(HttpRequest.newBuilder(uri(other, "/api/v1/feedback"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(view)));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(JSON.readTree(again.body()).get("reference").asString())
                .isEqualTo(JSON.readTree(first.body()).get("reference").asString());
    }

    @Test
    void fifty_registrations_split_between_the_services_for_twenty_places_confirm_twenty_and_each_is_mailed_once()
            throws Exception {
        String meeting = TestMeetings.schedule(one, 20);
        List<String> registrants = new ArrayList<>();
        List<Callable<HttpResponse<String>>> registrations = new ArrayList<>();
        for (int person = 0; person < 50; person++) {
            RunningService service = person % 2 == 0 ? one : other;
            String email = "registrant" + person + ".two.services@example.org";
            registrants.add(email);
            registrations.add(() -> send(HttpRequest.newBuilder(uri(service, "/api/v1/meetings/" + meeting
                            + "/registrations")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Registrant\", \"email\": \"" + email
                            + "\", \"places\": 1}"))));
        }
        List<String> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(registrations.size())) {
            for (Future<HttpResponse<String>> answer : pool.invokeAll(registrations)) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(201);
                statuses.add(JSON.readTree(answer.get().body()).get("status").asString());
            }
        }
        assertThat(statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                .isEqualTo(Map.of("CONFIRMED", 20L, "WAITING", 30L));
        JsonNode publicMeeting = JSON.readTree(send(
                HttpRequest.newBuilder(uri(other, "/api/v1/meetings/" + meeting)).GET()).body());
        assertThat(publicMeeting.get("placesLeft").asInt()).isZero();
        assertThat(publicMeeting.get("waiting").asInt()).isEqualTo(30);

        assertThat(smtp.waitForIncomingEmail(20_000, registrants.size())).as("a message to each registrant").isTrue();
        Outboxes.awaitEmpty(one); // one outbox for both: every message is then in, any sent twice too
        Map<String, Long> byRecipient = new HashMap<>();
        Map<String, Long> byMessage = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String recipient = message.getAllRecipients()[0].toString();
            byRecipient.merge(recipient, 1L, Long::sum);
            byMessage.merge(recipient + "\n" + message.getSubject() + "\n" + GreenMailUtil.getBody(message), 1L,
                    Long::sum);
        }
        assertThat(registrants).allSatisfy(registrant ->
                assertThat(byRecipient.get(registrant)).as("messages to %s", registrant).isEqualTo(1L));
        assertThat(byMessage).as("messages received more than once").allSatisfy((message, times) ->
                assertThat(times).as(message).isEqualTo(1L));
    }

    private static AccountWithPassword administrator(String email) {
        return one.get(CreateAdministrator.class).create(new EmailAddress(email), "Two Services Admin",
                MorecambeBay.CLINICAL_COMMISSIONING_GROUP).orElseThrow();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return Http.send(client, request.timeout(Duration.ofSeconds(30)).build());
    }

    private static URI uri(RunningService service, String path) {
        return URI.create("http://localhost:" + service.port() + path);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
