package org.bettercaretogether.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Administrators read the audit log, newest first, a page at a time, as a page and through the staff API. */
class AuditLogTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static StaffAccounts.Account admin;
    private static String token;

    @BeforeAll
    static void more_entries_than_one_page_holds() {
        admin = web.staff().member(Role.ADMIN);
        token = web.staff().apiToken(admin);
        for (int i = 0; i < AuditRoutes.PAGE_SIZE + 5; i++) {
            web.staff().signIn(admin); // each sign-in is an entry
        }
    }

    @Test
    void the_page_shows_the_newest_entries_and_links_to_older_ones_and_back() {
        Browser browser = web.browser().signInAs(admin);

        String newest = page(browser.get("/staff/audit-log"), 200);
        String olderHref = link(newest, "Older entries");
        String older = page(browser.get(olderHref), 200);

        assertThat(rows(newest)).isEqualTo(AuditRoutes.PAGE_SIZE);
        assertThat(Html.text(newest)).contains("Newest entries").contains(admin.member().name() + " staff.signed-in staff "
                + admin.member().id());
        assertThat(olderHref).startsWith("/staff/audit-log?cursor=");
        assertThat(rows(older)).isPositive();
        assertThat(link(older, "Newest entries")).isEqualTo("/staff/audit-log");
        assertThat(Html.links(newest).stream().map(Html.Link::text)).doesNotContain("Newest entries");
    }

    @Test
    void the_api_walks_every_entry_once_newest_first() {
        List<String> all = ids(json(get("/api/v1/staff/audit-log?limit=200"), 200));
        List<String> walked = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        String next = "";
        int pages = 0;
        do {
            JsonNode page = json(get("/api/v1/staff/audit-log?limit=7" + (next.isEmpty() ? "" : "&cursor=" + next)), 200);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(7);
            walked.addAll(ids(page));
            page.get("items").forEach(item -> times.add(Instant.parse(item.get("at").asString())));
            next = page.has("next") ? page.get("next").asString() : "";
            pages++;
        } while (!next.isEmpty() && pages < 100);

        assertThat(pages).isGreaterThan(4);
        assertThat(walked).doesNotHaveDuplicates().containsAll(all);
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void an_entry_names_who_acted_what_and_the_record() {
        web.staff().signIn(admin);

        JsonNode item = json(get("/api/v1/staff/audit-log?limit=1"), 200).get("items").get(0);

        assertThat(item.get("actor").asString()).isEqualTo(admin.member().id().toString());
        assertThat(item.get("action").asString()).isEqualTo("staff.signed-in");
        assertThat(item.get("recordType").asString()).isEqualTo("staff");
        assertThat(item.get("recordId").asString()).isEqualTo(admin.member().id().toString());
        assertThat(item.get("changes").isArray()).isTrue();
        assertThat(item.toString()).doesNotContain(admin.email()).doesNotContain(admin.member().name());
    }

    @Test
    void a_failed_sign_in_by_nobody_known_is_shown_as_no_one_signed_in() {
        web.browser().signIn("nobody.known@example.nhs.uk", "not a password at all");
        Browser browser = web.browser().signInAs(admin);

        assertThat(Html.text(page(browser.get("/staff/audit-log"), 200))).contains("No one signed in staff.sign-in-failed");
    }

    @Test
    void a_cursor_it_did_not_give_or_a_limit_out_of_range_is_refused() {
        problem(get("/api/v1/staff/audit-log?cursor=nonsense"), 422);
        problem(get("/api/v1/staff/audit-log?limit=0"), 422);
        problem(get("/api/v1/staff/audit-log?limit=201"), 422);
        problem(get("/api/v1/staff/audit-log?limit=ten"), 400);
        page(web.browser().signInAs(admin).get("/staff/audit-log?cursor=nonsense"), 422);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static int rows(String html) {
        String body = html.substring(html.indexOf("<tbody"), html.indexOf("</tbody>"));
        return body.split("<tr class=\"govuk-table__row\">", -1).length - 1;
    }

    private static String link(String html, String text) {
        return Html.links(html).stream().filter(link -> link.text().equals(text)).findFirst()
                .map(Html.Link::href).orElseThrow(() -> new AssertionError("no link '" + text + "'"));
    }

    private static HttpResponse<String> get(String path) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token).build());
    }
}
