package org.bettercaretogether.web.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * A {@link WebServer} with the test route group on a free port, and a plain {@link HttpClient} to talk to it
 * over real HTTP. Start it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
final class TestServer implements AutoCloseable {

    final AtomicBoolean ready = new AtomicBoolean(true);
    private final WebServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer(List<Routes> routes, BooleanSupplier readiness) {
        this.server = new WebServer(routes, readiness == null ? ready::get : readiness);
    }

    /** The test route group; readiness follows {@link #ready}. */
    static TestServer start() {
        return start(List.of(new TestRoutes()), null);
    }

    /** The given route groups and readiness check ({@code null}: follow {@link #ready}). */
    static TestServer start(List<Routes> routes, BooleanSupplier readiness) {
        var testServer = new TestServer(routes, readiness);
        try {
            testServer.server.start("127.0.0.1", 0);
        } catch (RuntimeException e) {
            testServer.close();
            throw e;
        }
        return testServer;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> postJson(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            client.close();
        }
    }
}
