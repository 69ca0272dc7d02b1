package org.bettercaretogether.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pages rendered from templates share the GOV.UK Frontend layout, for a service that is not on GOV.UK. */
class LayoutTest {

    @RegisterExtension
    static final TestServer server = new TestServer();

    private static String page;

    @BeforeAll
    static void read_the_test_page() {
        var response = server.get("/test/page");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=utf-8"));
        page = response.body();
    }

    @Test
    void page_shows_its_model_escaped() {
        assertThat(page)
                .contains("<title>A &lt;b&gt;test&lt;/b&gt; page – Better Care Together</title>")
                .contains("<p class=\"govuk-body\">First paragraph.</p>")
                .contains("Second &lt;script&gt;alert(1)&lt;/script&gt; paragraph.")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void layout_is_english_with_one_h1_and_a_main_landmark() {
        assertThat(page).startsWith("<!DOCTYPE html>");
        assertThat(page).contains("<html lang=\"en-GB\" class=\"govuk-template\">");
        assertThat(count(page, "<h1")).isEqualTo(1);
        assertThat(count(page, "<main")).isEqualTo(1);
        assertThat(page).contains("<main class=\"govuk-main-wrapper\" id=\"main-content\">");
    }

    @Test
    void skip_link_is_the_first_link_and_targets_the_main_content() {
        Matcher firstLink = Pattern.compile("<a [^>]*>").matcher(page);
        assertThat(firstLink.find()).isTrue();
        assertThat(firstLink.group())
                .contains("href=\"#main-content\"")
                .contains("class=\"govuk-skip-link\"");
        assertThat(page).contains(">Skip to main content</a>");
    }

    @Test
    void header_names_the_programme_without_gov_uk_branding() {
        assertThat(page)
                .contains("<span class=\"bct-header__name\">Better Care Together</span>")
                .doesNotContain("govuk-header__logotype")
                .doesNotContain("GOV.UK")
                .doesNotContain("Crown copyright")
                .doesNotContain("Open Government Licence");
    }

    @Test
    void service_navigation_and_footer_link_the_programme_pages() {
        assertThat(hrefs(page)).contains(
                "/", "/communities", "/partners", "/workstreams", "/accessibility", "/privacy", "/contact");
        assertThat(page).contains("class=\"govuk-service-navigation\"");
    }

    @Test
    void service_navigation_marks_the_current_section() {
        String communities = server.get("/communities").body();
        assertThat(communities).containsPattern(
                "<a class=\"govuk-service-navigation__link\" href=\"/communities\" aria-current=\"page\">");

        String kendal = server.get("/communities/kendal").body();
        assertThat(kendal).containsPattern(
                "<a class=\"govuk-service-navigation__link\" href=\"/communities\" aria-current=\"true\">");
        assertThat(count(kendal, "aria-current=")).isEqualTo(1);

        assertThat(page).doesNotContain("aria-current=");
    }

    @Test
    void stylesheets_linked_from_the_layout_are_served_as_css() {
        List<String> stylesheets = matches(page, "<link rel=\"stylesheet\" href=\"([^\"]+)\">");

        assertThat(stylesheets).containsExactly(
                "/webjars/govuk-frontend/5.7.1/dist/govuk/govuk-frontend.min.css", "/assets/bct.css");
        for (String stylesheet : stylesheets) {
            var response = server.get(stylesheet);
            assertThat(response.statusCode()).as(stylesheet).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(stylesheet)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
            assertThat(response.body()).as(stylesheet).contains("font-family");
        }
    }

    @Test
    void own_stylesheet_replaces_the_gds_transport_font_on_every_govuk_class() {
        String css = server.get("/assets/bct.css").body();

        assertThat(css).contains(".govuk-template [class*=\"govuk-\"]");
        assertThat(css).containsPattern("font-family: var\\(--bct-font-family\\)");
        assertThat(css).doesNotContain("url(");
    }

    @Test
    void scripts_are_files_of_this_origin_served_as_javascript_and_start_the_design_systems_components() {
        List<String> scripts = matches(page, "<script (?:type=\"module\" )?src=\"([^\"]+)\"");

        assertThat(scripts).containsExactly("/assets/frontend-supported.js", "/assets/govuk-init.js");
        assertThat(page).contains("data-govuk-frontend=\"/webjars/govuk-frontend/5.7.1/dist/govuk/govuk-frontend.min.js\"");
        for (String script : List.of(scripts.get(0), scripts.get(1),
                "/webjars/govuk-frontend/5.7.1/dist/govuk/govuk-frontend.min.js")) {
            var response = server.get(script);
            assertThat(response.statusCode()).as(script).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(script)
                    .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        }
        assertThat(server.get("/assets/govuk-init.js").body()).contains("initAll()");
    }

    @Test
    void nothing_is_inline_or_from_another_origin() {
        assertThat(page.replaceAll("<script (type=\"module\" )?src=\"/[^\"]+\"( data-govuk-frontend=\"/[^\"]+\")?>"
                + "</script>", ""))
                .doesNotContain("<script")
                .doesNotContain("<style")
                .doesNotContain("style=")
                .doesNotContain("onclick")
                .doesNotContain("http://")
                .doesNotContain("https://");
    }

    private static int count(String text, String fragment) {
        int count = 0;
        for (int i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + 1)) {
            count++;
        }
        return count;
    }

    private static List<String> hrefs(String html) {
        return matches(html, "<a [^>]*href=\"([^\"]+)\"");
    }

    private static List<String> matches(String html, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
