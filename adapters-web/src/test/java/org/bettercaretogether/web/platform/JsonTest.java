package org.bettercaretogether.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JSON answers: ISO-8601 instants, absent values left out. */
class JsonTest {

    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void instants_are_iso_strings_and_null_members_are_left_out() {
        var response = server.get("/api/test/reading");

        json(response, 200);
        assertThat(response.body()).isEqualTo("{\"label\":\"first\",\"at\":\"2025-01-31T09:30:00Z\"}");
    }

    @Test
    void json_declared_with_a_charset_is_still_json() {
        var response = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/test/echo"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"Ulverston\", \"count\": 1}"))
                .build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void json_request_bodies_are_read_into_records() {
        var response = server.postJson("/api/test/echo", "{\"name\": \"Kendal\", \"count\": 3}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"name\":\"Kendal\",\"count\":3}");
    }
}
