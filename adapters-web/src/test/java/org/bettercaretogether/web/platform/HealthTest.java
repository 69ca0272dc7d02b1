package org.bettercaretogether.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;

import java.time.Duration;
import java.util.List;
import org.bettercaretogether.application.health.ReadinessDetails;
import org.bettercaretogether.application.mail.OutboxBacklog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Load balancers ask whether the service is alive and whether it is ready. */
class HealthTest {

    @RegisterExtension
    static final TestServer server = new TestServer();

    @AfterEach
    void ready_again() {
        server.ready.set(true);
        server.details.set(() -> null);
    }

    @Test
    void live_answers_up() {
        var response = server.get("/health/live");

        json(response, 200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void ready_answers_up_while_the_check_passes() {
        var response = server.get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void ready_tells_how_the_mail_outbox_stands_in_seconds_and_counts() {
        server.details.set(() -> new ReadinessDetails(new OutboxBacklog(3, Duration.ofMillis(42_900), 1)));

        var response = server.get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\",\"details\":{\"outbox\":"
                + "{\"waiting\":3,\"oldestWaitingSeconds\":42,\"undelivered\":1}}}");
    }

    @Test
    void details_that_cannot_be_read_are_left_out_and_the_service_is_still_ready() {
        server.details.set(() -> {
            throw new IllegalStateException("the outbox could not be counted");
        });

        var response = server.get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void while_not_ready_no_details_are_asked_for() {
        server.ready.set(false);
        server.details.set(() -> {
            throw new AssertionError("details asked for while not ready");
        });

        var response = server.get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\"}");
    }

    @Test
    void ready_answers_503_down_while_the_check_fails_and_live_stays_up() {
        server.ready.set(false);

        var ready = server.get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).isEqualTo("{\"status\":\"DOWN\"}");

        assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void ready_answers_503_down_when_the_check_throws() {
        try (var broken = new TestServer(List.of(), () -> {
            throw new IllegalStateException("database driver exploded");
        })) {
            broken.start();
            var response = broken.get("/health/ready");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\"}");
        }
    }
}
