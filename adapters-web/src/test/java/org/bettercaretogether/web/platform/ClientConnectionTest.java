package org.bettercaretogether.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;

import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * How a request reached the service: forwarded headers are believed only behind a trusted proxy, and then only
 * the entry the proxy itself added.
 */
class ClientConnectionTest {

    @RegisterExtension
    static final TestServer direct = new TestServer();

    @RegisterExtension
    static final TestServer proxied = new TestServer(List.of(new TestRoutes()),
            WebSettings.defaults().trustingForwardedHeaders(true));

    @Test
    void without_a_trusted_proxy_the_connection_is_what_it_is() {
        JsonNode connection = connection(direct, "https", "203.0.113.9");

        assertThat(connection.get("https").asBoolean()).isFalse();
        assertThat(connection.get("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(connection.get("origin").asString()).isEqualTo("http://127.0.0.1:" + direct.server().port());
    }

    @Test
    void behind_a_trusted_proxy_the_proxy_says_https_and_the_address_it_saw() {
        JsonNode connection = connection(proxied, "https", "203.0.113.9");

        assertThat(connection.get("https").asBoolean()).isTrue();
        assertThat(connection.get("clientAddress").asString()).isEqualTo("203.0.113.9");
        assertThat(connection.get("origin").asString()).isEqualTo("https://127.0.0.1:" + proxied.server().port());
    }

    @Test
    void behind_a_trusted_proxy_addresses_the_client_wrote_itself_are_not_believed() {
        JsonNode connection = connection(proxied, "https", "10.0.0.1, 203.0.113.9");

        assertThat(connection.get("clientAddress").asString()).isEqualTo("203.0.113.9");
    }

    @Test
    void behind_a_trusted_proxy_a_request_without_forwarded_headers_is_taken_as_it_is() {
        var response = proxied.get("/api/test/connection");

        JsonNode connection = json(response, 200);
        assertThat(connection.get("https").asBoolean()).isFalse();
        assertThat(connection.get("clientAddress").asString()).isEqualTo("127.0.0.1");
    }

    private static JsonNode connection(TestServer server, String proto, String forwardedFor) {
        return json(server.send(HttpRequest.newBuilder(server.uri("/api/test/connection"))
                .header("X-Forwarded-Proto", proto).header("X-Forwarded-For", forwardedFor).build()), 200);
    }
}
