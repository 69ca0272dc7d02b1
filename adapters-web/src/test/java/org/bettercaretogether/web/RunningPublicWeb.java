package org.bettercaretogether.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.bettercaretogether.application.testing.InMemoryApplication;
import org.bettercaretogether.web.platform.WebServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public web server as {@link PublicWeb} builds it, over the in-memory application holding the Morecambe
 * Bay reference data, on a free port of the loopback interface; and a plain {@link HttpClient} to talk to it
 * over real HTTP. Start it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
public final class RunningPublicWeb implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InMemoryApplication application;
    private final WebServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private RunningPublicWeb(InMemoryApplication application) {
        this.application = application;
        this.server = PublicWeb.server(application.browseDirectory(), application.findCommunityForPlace(),
                application.checkReadiness());
    }

    /** A server over a fresh in-memory application with the reference data loaded. */
    public static RunningPublicWeb start() {
        var running = new RunningPublicWeb(InMemoryApplication.withReferenceData());
        try {
            running.server.start("127.0.0.1", 0);
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    public InMemoryApplication application() {
        return application;
    }

    public WebServer server() {
        return server;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public HttpResponse<String> get(String path) {
        var request = HttpRequest.newBuilder(uri(path)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** The body of a JSON answer, read as a tree. */
    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
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
