package org.bettercaretogether.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A flood of public submissions from one address is refused with 429 and {@code Retry-After}, before the
 * handler runs; reading is never limited, and the staff side is not counted as public.
 */
class SubmissionThrottleTest {

    private static final int ALLOWED = 3;

    private final AtomicInteger submissions = new AtomicInteger();
    private final MovableClock clock = MovableClock.startingNow();
    private TestServer server;

    @BeforeEach
    void server_allowing_three_submissions_per_ten_minutes() {
        var app = new InMemoryApplication(clock, RunningPublicWeb.securitySettings(
                new Limit(20, Duration.ofMinutes(15)), new Limit(5, Duration.ofMinutes(15)),
                new Limit(ALLOWED, Duration.ofMinutes(10))));
        Routes views = routes -> {
            routes.post("/share-your-view", ctx -> ctx.result("thank you " + submissions.incrementAndGet()));
            routes.post("/api/v1/views", ctx -> ctx.status(201).json(List.of(submissions.incrementAndGet())));
            routes.get("/share-your-view", ctx -> ctx.result("the form"));
            routes.post("/staff/test", ctx -> ctx.result("staff"));
            routes.post("/api/v1/staff/test", ctx -> ctx.result("staff api"));
        };
        server = new TestServer(List.of(new SubmissionThrottle(app.admitPublicSubmission()), views),
                WebSettings.defaults().trustingForwardedHeaders(true));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_flood_of_form_posts_is_refused_with_429_and_retry_after_and_nothing_is_submitted() {
        for (int i = 0; i < ALLOWED; i++) {
            assertThat(post("/share-your-view", "198.51.100.7").statusCode()).isEqualTo(200);
        }

        var refused = post("/share-your-view", "198.51.100.7");

        page(refused, 429);
        assertThat(refused.body()).contains("Sorry, there have been too many attempts");
        assertThat(retryAfter(refused)).isBetween(1L, 600L);
        assertThat(submissions).hasValue(ALLOWED);
    }

    @Test
    void a_sender_moving_across_the_addresses_of_its_ipv6_network_is_counted_as_one() {
        for (int i = 0; i < ALLOWED; i++) {
            assertThat(post("/api/v1/views", "2001:db8:7:9::" + Integer.toHexString(i + 1)).statusCode())
                    .isEqualTo(201);
        }

        problem(post("/api/v1/views", "2001:db8:7:9:ffff:1234:5678:9abc"), 429);
        assertThat(post("/api/v1/views", "2001:db8:7:a::1").statusCode()).as("the next /64").isEqualTo(201);
        assertThat(submissions).hasValue(ALLOWED + 1);
    }

    @Test
    void a_flood_of_api_posts_is_refused_with_a_problem_document() {
        for (int i = 0; i < ALLOWED; i++) {
            assertThat(post("/api/v1/views", "198.51.100.8").statusCode()).isEqualTo(201);
        }

        var refused = post("/api/v1/views", "198.51.100.8");

        problem(refused, 429);
        assertThat(retryAfter(refused)).isBetween(1L, 600L);
        assertThat(submissions).hasValue(ALLOWED);
    }

    @Test
    void the_limit_is_per_address_and_ends_with_its_period() {
        for (int i = 0; i <= ALLOWED; i++) {
            post("/share-your-view", "198.51.100.9");
        }
        assertThat(post("/share-your-view", "198.51.100.9").statusCode()).isEqualTo(429);

        assertThat(post("/share-your-view", "198.51.100.10").statusCode()).as("another address").isEqualTo(200);
        clock.advance(Duration.ofMinutes(10));
        assertThat(post("/share-your-view", "198.51.100.9").statusCode()).as("ten minutes on").isEqualTo(200);
    }

    @Test
    void reading_and_the_staff_side_are_not_counted() {
        for (int i = 0; i < ALLOWED * 2; i++) {
            assertThat(server.get("/share-your-view").statusCode()).isEqualTo(200);
            assertThat(post("/staff/test", "198.51.100.11").statusCode()).isEqualTo(200);
            assertThat(post("/api/v1/staff/test", "198.51.100.11").statusCode()).isEqualTo(200);
        }

        assertThat(post("/share-your-view", "198.51.100.11").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String path, String from) {
        return server.send(HttpRequest.newBuilder(server.uri(path))
                .header("X-Forwarded-For", from)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("view=more+buses")).build());
    }

    private static long retryAfter(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }
}
