package org.bettercaretogether.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Stopping the server: readiness answers 503 at once, new connections are taken for the grace period and then
 * refused, and a request in flight finishes with its own answer, up to the drain time; one that takes longer is cut.
 * The slow request is a route of the test's own, holding its answer until the test lets it go.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GracefulStopTest {

    private static final Duration GRACE = Duration.ofSeconds(1);

    private final CountDownLatch requestArrived = new CountDownLatch(1);
    private final CountDownLatch letItFinish = new CountDownLatch(1);
    private final Routes slow = routes -> routes.get("/test/slow", ctx -> {
        requestArrived.countDown();
        letItFinish.await();
        ctx.result("finished");
    });
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void a_request_in_flight_finishes_with_200_while_readiness_says_503_and_new_connections_are_refused()
            throws Exception {
        WebServer server = new WebServer(List.of(slow), () -> true,
                WebSettings.defaults().stoppingWith(GRACE, Duration.ofSeconds(20)));
        server.start("127.0.0.1", 0);
        int port = server.port();
        try {
            CompletableFuture<HttpResponse<String>> inFlight = send(port, "/test/slow");
            assertThat(requestArrived.await(10, TimeUnit.SECONDS)).as("the slow request reached its handler").isTrue();

            long stopBegan = System.nanoTime();
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            assertThat(readinessWhileStopping(port)).as("readiness once stopping").isEqualTo(503);
            // Half way through the grace period, a new connection is still taken, and told 503.
            Thread.sleep(Math.max(0, Duration.ofNanos(stopBegan + GRACE.toNanos() / 2 - System.nanoTime()).toMillis()));
            assertThat(readiness(port)).as("readiness half way through the grace period").isEqualTo(503);
            awaitRefused(port);
            assertThat(inFlight).as("the request in flight is still open").isNotDone();
            assertThat(stopping).as("the server waits for it").isNotDone();

            letItFinish.countDown();

            HttpResponse<String> finished = inFlight.get(10, TimeUnit.SECONDS);
            assertThat(finished.statusCode()).isEqualTo(200);
            assertThat(finished.body()).isEqualTo("finished");
            stopping.get(10, TimeUnit.SECONDS);
        } finally {
            letItFinish.countDown();
            server.stop();
        }
    }

    @Test
    void a_request_still_in_flight_after_the_drain_time_is_cut() throws Exception {
        WebServer server = new WebServer(List.of(slow), () -> true,
                WebSettings.defaults().stoppingWith(Duration.ZERO, Duration.ofSeconds(1)));
        server.start("127.0.0.1", 0);
        try {
            CompletableFuture<HttpResponse<String>> inFlight = send(server.port(), "/test/slow");
            assertThat(requestArrived.await(10, TimeUnit.SECONDS)).isTrue();

            long started = System.nanoTime();
            server.stop();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the stop took")
                    .isLessThan(Duration.ofSeconds(5));
            assertThatThrownBy(() -> inFlight.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
        } finally {
            letItFinish.countDown();
        }
    }

    private CompletableFuture<HttpResponse<String>> send(int port, String path) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Readiness, asked until it is not 200 (the stop has begun) or the grace period is over. */
    private int readinessWhileStopping(int port) throws Exception {
        long deadline = System.nanoTime() + GRACE.toNanos();
        int status = readiness(port);
        while (status == 200 && System.nanoTime() < deadline) {
            status = readiness(port);
        }
        return status;
    }

    /** Readiness asked on a new connection, as a load balancer's check would. */
    private static int readiness(int port) throws Exception {
        try (HttpClient fresh = HttpClient.newHttpClient()) {
            return fresh.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static void awaitRefused(int port) throws InterruptedException {
        long deadline = System.nanoTime() + GRACE.plusSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                Thread.sleep(25); // still taking connections: look again shortly
            } catch (ConnectException refused) {
                return;
            } catch (IOException other) {
                throw new AssertionError("connecting failed otherwise than by refusal", other);
            }
        }
        throw new AssertionError("new connections were still taken " + GRACE.plusSeconds(5) + " after the stop began");
    }
}
