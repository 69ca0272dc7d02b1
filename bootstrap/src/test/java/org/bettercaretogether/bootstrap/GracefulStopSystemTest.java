package org.bettercaretogether.bootstrap;

import org.bettercaretogether.memory.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service told to stop, as SIGTERM or Ctrl+C or an embedding program tells it, while a person's view is still
 * being uploaded: readiness turns 503 at once, new connections are refused after the grace period, the upload
 * finishes and is answered 201, and only then do the delivery of mail, the pool and the database stop. The view is
 * there when the service starts again.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GracefulStopSystemTest {

    private static final Duration GRACE = Duration.ofSeconds(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDirectory;

    @Test
    void a_view_still_uploading_when_the_service_stops_is_answered_201_and_kept() throws Exception {
        Configuration configuration = Configuration.embedded(0, dataDirectory).withStop(GRACE, Duration.ofSeconds(20));
        String trackingUrl;
        try (RunningService service = RunningService.start(configuration);
             SlowUpload upload = SlowUpload.begin(service.port(), "/api/v1/feedback", "{\"about\": \"programme\", "
                     + "\"role\": \"OTHER\", \"text\": \"" + "Sent over a slow line, as the service was stopping. ".repeat(10)
                     + "\"}")) {
            int port = service.port();
            upload.awaitContinue();
            upload.trickle(Duration.ofMillis(100));

            Thread stopping = Thread.ofPlatform().name("stopping").start(service::close);
            assertThat(new Http(port).get("/health/ready").statusCode()).as("readiness once stopping").isEqualTo(503);
            awaitRefused(port);
            assertThat(stopping.isAlive()).as("the stop waits for the upload").isTrue();
            assertThat(dataDirectory.resolve("postgres/postmaster.pid")).as("the database still runs").exists();

            SlowUpload.Answer answer = upload.finish();

            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            trackingUrl = JSON.readTree(answer.body()).get("trackingUrl").asString();
            stopping.join(Duration.ofSeconds(30));
            assertThat(stopping.isAlive()).as("the stop has finished").isFalse();
            assertThat(dataDirectory.resolve("postgres/postmaster.pid")).as("the database has stopped").doesNotExist();
        }
        try (RunningService again = RunningService.start(configuration)) {
            JsonNode tracked = new Http(again.port()).json("/api/v1" + trackingUrl);
            assertThat(tracked.get("status").asString()).isNotBlank();
        }
    }

    /** Until a new connection to {@code port} is refused; fails if it is still taken well after the grace period. */
    private static void awaitRefused(int port) {
        Eventually.until("new connections refused", GRACE.plusSeconds(5), () -> {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return false;
            } catch (ConnectException refused) {
                return true;
            } catch (IOException other) {
                throw new AssertionError("connecting failed otherwise than by refusal", other);
            }
        });
    }
}
