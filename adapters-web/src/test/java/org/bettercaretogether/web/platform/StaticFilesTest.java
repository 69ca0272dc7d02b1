package org.bettercaretogether.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The files the pages link to are served with their types, kept by browsers, and nothing else is. */
class StaticFilesTest {

    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void gov_uk_frontend_files_are_served_with_their_type_and_kept_a_year_as_their_address_names_their_version() {
        HttpResponse<String> font = server.get(
                "/webjars/govuk-frontend/5.7.1/dist/govuk/assets/fonts/bold-b542beb274-v2.woff2");
        HttpResponse<String> stylesheet = server.get(Assets.GOVUK_STYLESHEET);

        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(font.headers().firstValue("Content-Type")).hasValue("font/woff2");
        assertThat(stylesheet.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(stylesheet.body()).contains(".govuk-button");
    }

    @Test
    void a_file_the_browser_already_holds_is_answered_not_modified_without_a_body() {
        HttpResponse<String> first = server.get(Assets.SITE_STYLESHEET);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = server.send(HttpRequest.newBuilder(server.uri(Assets.SITE_STYLESHEET))
                .header("If-None-Match", etag).GET().build());

        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/nothing.css", "/assets/..%2Fweb%2Fplatform%2FAssets.class",
            "/webjars/govuk-frontend/5.7.1/dist/govuk/../../package.json",
            "/webjars/govuk-frontend/5.7.1/dist/govuk/all.bundle.js.LICENSE", "/assets/bct"})
    void nothing_but_the_files_themselves_is_served(String address) {
        HttpResponse<String> response = server.get(address);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
