package org.bettercaretogether.web.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Engagement officers keep the managed list of themes on the staff page and in the staff API: a theme added is
 * listed publicly and offered on the change form, a name already taken is refused, and a theme taken out of use
 * leaves the public list until it is put back.
 */
class ThemesTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    @Test
    void a_theme_added_on_the_page_is_listed_publicly_and_offered_on_the_change_form() {
        Browser officer = officer();

        var added = officer.submit("/staff/themes", "/staff/themes", "name", "Mental health support");

        assertThat(added.statusCode()).isEqualTo(303);
        String html = page(officer.get(added.headers().firstValue("Location").orElseThrow()), 200);
        assertThat(Html.h1(html)).isEqualTo("Themes");
        assertThat(Html.text(html)).contains("The theme has been added.").contains("Mental health support In use");
        assertThat(publicNames()).contains("Mental health support");
        assertThat(Html.text(page(officer.get("/staff/changes/new"), 200))).contains("Mental health support");
    }

    @Test
    void a_name_already_taken_is_refused_on_the_page_and_in_the_api() {
        Browser officer = officer();
        assertThat(officer.submit("/staff/themes", "/staff/themes", "name", "Getting to appointments").statusCode())
                .isEqualTo(303);

        String html = page(officer.submit("/staff/themes", "/staff/themes", "name", "getting to appointments"), 422);
        assertThat(Html.title(html)).isEqualTo("Error: Themes");
        assertThat(html).contains("<a href=\"#name\">There is already a theme called getting to appointments</a>")
                .contains("value=\"getting to appointments\"");
        assertThat(page(officer.submit("/staff/themes", "/staff/themes", "name", ""), 422))
                .contains("<a href=\"#name\">Enter the name of the new theme</a>");

        JsonNode refused = problem(api(token(), "POST", "/api/v1/staff/themes", "{\"name\": \"Getting to appointments\"}"), 422);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(publicNames().stream().filter(name -> name.equalsIgnoreCase("Getting to appointments"))).hasSize(1);
    }

    @Test
    void a_theme_taken_out_of_use_leaves_the_public_list_until_it_is_put_back() {
        Browser officer = officer();
        officer.submit("/staff/themes", "/staff/themes", "name", "Car parking");
        String before = page(officer.get("/staff/themes"), 200);

        var out = toggle(officer, before, "Car parking");
        assertThat(out.headers().firstValue("Location")).hasValue("/staff/themes?notice=out");
        String after = page(officer.get("/staff/themes?notice=out"), 200);
        assertThat(Html.text(after)).contains("The theme has been taken out of use.").contains("Car parking Not in use");
        assertThat(publicNames()).doesNotContain("Car parking");
        assertThat(Html.text(page(officer.get("/staff/changes/new"), 200))).doesNotContain("Car parking");

        var stale = toggleWithVersionOf(officer, before, "Car parking");
        assertThat(Html.text(page(stale, 409))).contains("The theme was changed by someone else");

        assertThat(toggle(officer, after, "Car parking").headers().firstValue("Location")).hasValue("/staff/themes?notice=in");
        assertThat(publicNames()).contains("Car parking");
    }

    @Test
    void the_staff_api_adds_lists_and_takes_themes_out_of_use_with_the_version_read() {
        String token = token();

        JsonNode added = json(api(token, "POST", "/api/v1/staff/themes", "{\"name\": \"Home care\"}"), 201);
        String id = added.get("id").asString();
        assertThat(added.get("inUse").asBoolean()).isTrue();
        assertThat(added.get("version").asLong()).isEqualTo(1);
        JsonNode out = json(api(token, "PUT", "/api/v1/staff/themes/" + id, "{\"version\": 1, \"inUse\": false}"), 200);

        assertThat(out.get("inUse").asBoolean()).isFalse();
        assertThat(out.get("version").asLong()).isEqualTo(2);
        assertThat(publicNames()).doesNotContain("Home care");
        assertThat(json(api(token, "GET", "/api/v1/staff/themes", null), 200).toString()).contains("Home care");
        problem(api(token, "PUT", "/api/v1/staff/themes/" + id, "{\"version\": 1, \"inUse\": true}"), 409);
        JsonNode missing = problem(api(token, "PUT", "/api/v1/staff/themes/" + id, "{}"), 422);
        assertThat(missing.toString()).contains("\"version\"").contains("\"inUse\"");
        problem(api(token, "PUT", "/api/v1/staff/themes/" + java.util.UUID.randomUUID(),
                "{\"version\": 1, \"inUse\": true}"), 404);
    }

    @Test
    void a_moderator_may_not_keep_the_themes() {
        StaffAccounts.Account moderator = web.staff().member(Role.MODERATOR);
        Browser browser = web.browser().signInAs(moderator);

        page(browser.get("/staff/themes"), 403);
        page(browser.submit("/staff", "/staff/themes", "name", "Sneaky"), 403);
        problem(api(web.staff().apiToken(moderator), "POST", "/api/v1/staff/themes", "{\"name\": \"Sneaky\"}"), 403);
        assertThat(publicNames()).doesNotContain("Sneaky");
    }

    /** Posts the button of {@code theme} on the themes page {@code html}. */
    private static HttpResponse<String> toggle(Browser officer, String html, String theme) {
        var response = toggleWithVersionOf(officer, html, theme);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return response;
    }

    private static final Pattern ROW = Pattern.compile("<th scope=\"row\" class=\"govuk-table__header\">([^<]+)</th>.*?"
            + "action=\"([^\"]+)\".*?name=\"version\" value=\"([0-9]+)\">\\s*<input type=\"hidden\" name=\"in-use\" "
            + "value=\"(true|false)\">", Pattern.DOTALL);

    private static HttpResponse<String> toggleWithVersionOf(Browser officer, String html, String theme) {
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            if (row.group(1).equals(theme)) {
                return officer.post(row.group(2), "csrf", Browser.csrf(html), "version", row.group(3),
                        "in-use", row.group(4));
            }
        }
        throw new AssertionError("no row for " + theme);
    }

    private static List<String> publicNames() {
        List<String> names = new ArrayList<>();
        json(web.get("/api/v1/themes"), 200).get("items").forEach(item -> {
            assertThat(item.properties()).hasSize(2);
            names.add(item.get("name").asString());
        });
        return names;
    }

    private static Browser officer() {
        return web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
    }

    private static String token() {
        return web.staff().apiToken(web.staff().member(Role.ADMIN));
    }

    private static HttpResponse<String> api(String token, String method, String path, String body) {
        var request = HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return web.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
