package org.bettercaretogether.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer carries the security headers, whatever produced it; HSTS only over HTTPS; nothing on the staff
 * side is cached.
 */
class SecurityHeadersTest {

    private static final String CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; img-src 'self' data:";

    /** Not behind a proxy: forwarded headers are not believed. */
    @RegisterExtension
    static final TestServer direct = new TestServer();

    /** Behind a trusted proxy. */
    @RegisterExtension
    static final TestServer proxied = new TestServer(List.of(new TestRoutes()),
            WebSettings.defaults().trustingForwardedHeaders(true));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/test/page",                  // an HTML page
            "/api/test/reading",           // JSON
            "/no-such-page",               // an HTML error
            "/api/v1/no-such-thing",       // a problem document
            "/test/boom",                  // a server fault
            "/api/test/rejected/throttled",
            "/assets/bct.css",             // our own static file
            "/webjars/govuk-frontend/5.7.1/dist/govuk/govuk-frontend.min.css", // GOV.UK Frontend
            "/health/live"})
    void every_answer_carries_the_security_headers(String path) {
        HttpResponse<String> response;
        try (var ignored = new CapturedLogs(ErrorHandling.class)) {
            response = direct.get(path);
        }

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
    }

    @Test
    void the_content_security_policy_allows_nothing_inline() {
        String policy = direct.get("/test/page").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("*");
    }

    @Test
    void hsts_is_sent_when_a_trusted_proxy_says_the_request_came_over_https() {
        var response = proxied.send(HttpRequest.newBuilder(proxied.uri("/test/page"))
                .header("X-Forwarded-Proto", "https").build());

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
    }

    @Test
    void hsts_is_not_sent_when_a_trusted_proxy_says_plain_http() {
        var response = proxied.send(HttpRequest.newBuilder(proxied.uri("/test/page"))
                .header("X-Forwarded-Proto", "http").build());

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void hsts_is_not_sent_when_an_untrusted_client_claims_https() {
        var response = direct.send(HttpRequest.newBuilder(direct.uri("/test/page"))
                .header("X-Forwarded-Proto", "https").build());

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/staff", "/staff/anything", "/api/v1/staff", "/api/v1/staff/me"})
    void nothing_on_the_staff_side_is_cached_or_referred(String path) {
        var response = direct.get(path);

        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/staffing", "/api/v1/staffing", "/test/page"})
    void public_addresses_that_merely_look_alike_are_public(String path) {
        var response = direct.get(path);

        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Cache-Control")).isNotEqualTo(java.util.Optional.of("no-store"));
    }
}
