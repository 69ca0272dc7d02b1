package org.bettercaretogether.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that break the limits of JSON, of UTF-8 or of HTTP itself are refused as client errors, with the same
 * security headers and (under {@code /api/}) the same problem documents as any other refusal, whether the service or
 * Jetty refuses them.
 */
class MalformedRequestsTest {

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    @ParameterizedTest
    @ValueSource(ints = {65, 501, 5_000})
    void json_nested_deeper_than_64_levels_is_a_400(int depth) throws IOException {
        RawHttp.Answer answer = post("/api/v1/feedback", "application/json",
                "{\"text\":" + "[".repeat(depth) + "]".repeat(depth) + "}");

        assertProblem(answer, 400);
        assertThat(answer.text()).contains("nested more than 64 levels");
    }

    @Test
    void a_number_longer_than_50_digits_is_a_400() throws IOException {
        assertProblem(post("/api/v1/feedback", "application/json", "{\"consentToPublish\":1" + "0".repeat(60) + "}"), 400);
    }

    @Test
    void a_body_over_a_megabyte_is_a_413() throws IOException {
        assertProblem(post("/api/v1/feedback", "application/json", "{\"text\":\"" + "a".repeat(1_100_000) + "\"}"), 413);
    }

    @Test
    void a_json_body_that_is_not_utf_8_is_a_400() throws IOException {
        byte[] latin1 = "{\"about\":\"programme\",\"role\":\"PATIENT\",\"text\":\"caf\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1);

        RawHttp.Answer answer = send("POST /api/v1/feedback HTTP/1.1", latin1, "Content-Type: application/json");

        assertProblem(answer, 400);
        assertThat(answer.text()).contains("not valid UTF-8");
    }

    @Test
    void a_body_said_to_be_in_another_charset_is_a_415() throws IOException {
        assertProblem(post("/api/v1/feedback", "application/json; charset=\u00e9", "{}"), 415);
        assertProblem(post("/api/v1/feedback", "application/json; charset=iso-8859-1", "{}"), 415);
    }

    @Test
    void a_query_that_is_not_utf_8_is_a_400() throws IOException {
        assertProblem(send("GET /api/v1/feedback?about=%C3%28 HTTP/1.1", null), 400);
        RawHttp.Answer page = send("GET /views?community=%FF HTTP/1.1", null);
        assertThat(page.status()).isEqualTo(400);
        assertSecurityHeaders(page);
    }

    @Test
    void a_form_body_that_is_not_utf_8_is_a_400() throws IOException {
        RawHttp.Answer answer = post("/share-your-view", "application/x-www-form-urlencoded", "about=programme&text=%FF%FE");

        assertThat(answer.status()).isEqualTo(400);
        assertSecurityHeaders(answer);
    }

    @Test
    void a_body_cut_short_of_its_content_length_is_a_400_not_a_server_error() throws IOException {
        byte[] start = "{\"text\":\"a".getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer answer = new RawHttp(web.server().port()).send(
                "POST /api/v1/feedback HTTP/1.1".getBytes(StandardCharsets.US_ASCII),
                headers("Content-Type: application/json", "Content-Length: 100"), start, true);

        assertProblem(answer, 400);
    }

    @Test
    void a_nul_in_the_address_is_refused_by_jetty_as_a_problem_with_the_security_headers() throws IOException {
        RawHttp.Answer answer = send("GET /api/v1/communities/%00 HTTP/1.1", null);

        assertProblem(answer, 400);
        assertThat(answer.text()).doesNotContain("Jetty").doesNotContain("badMessage");
    }

    @Test
    void headers_too_large_are_refused_by_jetty_with_the_security_headers_and_no_detail_of_the_server()
            throws IOException {
        RawHttp.Answer answer = send("GET / HTTP/1.1", null, "X-Big: " + "b".repeat(70_000));

        assertThat(answer.status()).isEqualTo(431);
        assertSecurityHeaders(answer);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.text()).contains("There is a problem with your request").doesNotContain("Jetty")
                .doesNotContain("HTTP ERROR");
    }

    @Test
    void a_request_line_without_a_version_is_a_400_not_a_505() throws IOException {
        RawHttp.Answer answer = new RawHttp(web.server().port()).send(
                "GET /api/v1/communities".getBytes(StandardCharsets.US_ASCII), List.of(), null);

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void a_malformed_header_is_refused_with_the_security_headers() throws IOException {
        RawHttp.Answer answer = send("GET /api/v1/communities HTTP/1.1", null, "Bad Header: x");

        assertProblem(answer, 400);
    }

    private static RawHttp.Answer post(String path, String contentType, String body) throws IOException {
        return send("POST " + path + " HTTP/1.1", body.getBytes(StandardCharsets.UTF_8), "Content-Type: " + contentType);
    }

    private static RawHttp.Answer send(String requestLine, byte[] body, String... extraHeaders) throws IOException {
        List<String> all = new ArrayList<>(List.of(extraHeaders));
        if (body != null) {
            all.add("Content-Length: " + body.length);
        }
        return new RawHttp(web.server().port()).send(requestLine.getBytes(StandardCharsets.UTF_8),
                headers(all.toArray(String[]::new)), body);
    }

    private static List<byte[]> headers(String... headers) {
        List<byte[]> all = new ArrayList<>();
        all.add(("Host: 127.0.0.1:" + web.server().port()).getBytes(StandardCharsets.US_ASCII));
        for (String header : headers) {
            all.add(header.getBytes(StandardCharsets.UTF_8));
        }
        all.add("Connection: close".getBytes(StandardCharsets.US_ASCII));
        return all;
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text()).contains("\"status\":" + status);
        assertSecurityHeaders(answer);
    }

    private static void assertSecurityHeaders(RawHttp.Answer answer) {
        assertThat(answer.header("Content-Security-Policy")).startsWith("default-src 'self'");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).isNotNull();
    }
}
