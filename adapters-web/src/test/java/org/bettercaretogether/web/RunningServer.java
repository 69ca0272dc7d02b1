package org.bettercaretogether.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.bettercaretogether.web.platform.WebServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link WebServer} on a free port of the loopback interface, and a plain {@link HttpClient} (that does not
 * follow redirects) to talk to it over real HTTP.
 *
 * <p>Register a subclass as a JUnit extension on a static field of the test class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RunningPublicWeb web = new RunningPublicWeb();
 * }</pre>
 *
 * <p>It starts before the class's {@code @BeforeAll} methods and its first test, and stops after its last test
 * and its {@code @AfterAll} methods, even when a test (or the start itself) fails. A test that wants a server of
 * its own can instead {@link #start()} one inside try-with-resources.
 */
public abstract class RunningServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    private WebServer server;
    private HttpClient client;

    /** A new server, configured but not started; called by each {@link #start()}. */
    protected abstract WebServer newServer();

    /** Builds the server and starts it on a free port; if it cannot start, closes what it opened and throws. */
    public final void start() {
        if (client != null) {
            throw new IllegalStateException(getClass().getSimpleName() + " is already running");
        }
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            server = newServer();
            server.start("127.0.0.1", 0);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public final void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public final void afterAll(ExtensionContext context) {
        close();
    }

    public WebServer server() {
        if (server == null) {
            throw new IllegalStateException(getClass().getSimpleName()
                    + " is not running: register it with @RegisterExtension on a static field, or start() it");
        }
        return server;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server().port() + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> postJson(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        server();
        try {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException closedUnanswered) {
                if (!neverAnswered(closedUnanswered)) {
                    throw closedUnanswered;
                }
                // The client reused a kept-alive connection the server closed at that moment: the request was never
                // answered, so it is sent once more on a new connection, as browsers and HTTP libraries do.
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new AssertionError("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static boolean neverAnswered(IOException failure) {
        return failure.getMessage() != null && failure.getMessage().contains("received no bytes");
    }

    /** Stops the server and closes the client; does nothing if they are not open, so it is safe to repeat. */
    @Override
    public void close() {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            server = null;
            if (client != null) {
                client.close();
                client = null;
            }
        }
    }
}
