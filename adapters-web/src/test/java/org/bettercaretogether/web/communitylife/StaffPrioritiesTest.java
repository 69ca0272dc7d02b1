package org.bettercaretogether.web.communitylife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bettercaretogether.application.priority.PriorityDetails;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Engagement officers keep a community's local priorities on its staff page: added at the bottom of the ranking,
 * moved in it (the others closing up, the move kept in the priority's history), moved to another status on a day not
 * in the future, revised unless someone else changed the priority meanwhile; and the same through the staff API. The
 * clock stands at 12 March 2026.
 */
class StaffPrioritiesTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-12T10:00:00Z"));

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, RunningPublicWeb.securitySettings(
            new Limit(1000, Duration.ofMinutes(15)), new Limit(5, Duration.ofMinutes(15)),
            new Limit(1000, Duration.ofMinutes(10))), false);

    private static final String OWNER = MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY.toString();

    @Test
    void three_priorities_added_and_the_third_moved_to_first_are_ranked_one_two_three_in_the_new_order() {
        Browser officer = officer();
        add(officer, "grange", "Fewer falls at home");
        add(officer, "grange", "Quicker discharge from hospital");
        add(officer, "grange", "Help for carers");
        LocalPriority third = priority("grange", "Help for carers");
        assertThat(third.rank()).isEqualTo(3);

        var moved = officer.submit("/staff/communities/grange", "/staff/priorities/" + third.id() + "/rank",
                "version", Long.toString(third.version()), "rank", "1");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(303);
        assertThat(moved.headers().firstValue("Location")).hasValue("/staff/communities/grange?saved=ranked#priorities");
        List<LocalPriority> ranked = ranking("grange");
        assertThat(ranked).extracting(LocalPriority::title)
                .containsExactly("Help for carers", "Fewer falls at home", "Quicker discharge from hospital");
        assertThat(ranked).extracting(LocalPriority::rank).containsExactly(1, 2, 3);
        String html = page(officer.get("/staff/communities/grange?saved=ranked"), 200);
        assertThat(Html.text(html)).contains("The ranking has been changed.");
        assertThat(html.indexOf("Help for carers")).isLessThan(html.indexOf("Fewer falls at home"));
        assertThat(html.indexOf("Fewer falls at home")).isLessThan(html.indexOf("Quicker discharge from hospital"));
        String history = Html.text(page(officer.get("/staff/priorities/" + third.id()), 200));
        assertThat(history).contains("Rank 1 of 3").contains("Rank 3 to 1").contains("Added at rank 3 as proposed");
        assertThat(Html.text(page(officer.get("/staff/priorities/" + priority("grange", "Fewer falls at home").id()),
                200))).contains("Rank 1 to 2");
    }

    @Test
    void the_move_down_button_of_the_first_priority_asks_for_rank_two() {
        Browser officer = officer();
        add(officer, "lakes", "Longer opening hours");
        add(officer, "lakes", "A minor injuries unit");
        LocalPriority first = priority("lakes", "Longer opening hours");
        String html = page(officer.get("/staff/communities/lakes"), 200);
        assertThat(html).contains("<form method=\"post\" action=\"/staff/priorities/" + first.id() + "/rank\"")
                .contains("Move down<span class=\"govuk-visually-hidden\">: Longer opening hours</span>");

        var down = officer.post("/staff/priorities/" + first.id() + "/rank", "csrf", Browser.csrf(html),
                "version", Long.toString(first.version()), "rank", "2");

        assertThat(down.statusCode()).isEqualTo(303);
        assertThat(ranking("lakes")).extracting(LocalPriority::title)
                .containsExactly("A minor injuries unit", "Longer opening hours");
    }

    @Test
    void a_priority_moves_to_another_status_on_a_day_not_in_the_future() {
        Browser officer = officer();
        add(officer, "east", "Home visits by the same nurse");
        LocalPriority added = priority("east", "Home visits by the same nurse");
        String at = "/staff/priorities/" + added.id();

        var future = officer.submit(at, at + "/status", "version", Long.toString(added.version()), "status", "AGREED",
                "status-on-day", "13", "status-on-month", "3", "status-on-year", "2026");
        String refused = page(future, 422);
        assertThat(Html.title(refused)).startsWith("Error: ");
        assertThat(refused).contains("<a href=\"#status-on\">The date must not be in the future</a>")
                .contains("name=\"status-on-day\" type=\"text\" inputmode=\"numeric\" value=\"13\"")
                .contains("value=\"AGREED\" checked");
        String notADate = page(officer.submit(at, at + "/status", "version", Long.toString(added.version()),
                "status", "", "status-on-day", "31", "status-on-month", "2", "status-on-year", "2026"), 422);
        assertThat(notADate).contains("<a href=\"#status\">Select the status the priority has reached</a>")
                .contains("<a href=\"#status-on\">The date it reached that status must be a real date");

        var agreed = officer.submit(at, at + "/status", "version", Long.toString(added.version()), "status", "AGREED",
                "status-on-day", "12", "status-on-month", "3", "status-on-year", "2026");

        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(303);
        assertThat(agreed.headers().firstValue("Location")).hasValue(at + "?saved=status");
        String html = Html.text(page(officer.get(at + "?saved=status"), 200));
        assertThat(html).contains("The priority's status has been changed.").contains("Status Agreed since 12 March 2026")
                .contains("Proposed on 12 March 2026").contains("Agreed on 12 March 2026").contains("Proposed to Agreed");
    }

    @Test
    void a_priority_without_its_fields_is_refused_with_an_error_summary_and_what_was_typed_is_kept() {
        Browser officer = officer();

        String html = page(officer.submit("/staff/communities/bay", "/staff/communities/bay/priorities",
                "title", "A priority half written", "description", "", "rationale", "", "owner", ""), 422);

        assertThat(Html.title(html)).isEqualTo("Error: Bay");
        assertThat(html).contains("<a href=\"#description\">Describe the priority</a>")
                .contains("<a href=\"#serves\">Select at least one part of the triple aim the priority serves</a>")
                .contains("<a href=\"#rationale\">Say why the community chose this priority</a>")
                .contains("<a href=\"#owner\">Select the partner that owns the priority</a>")
                .contains("value=\"A priority half written\"");
        assertThat(ranking("bay")).isEmpty();
    }

    @Test
    void a_priority_revised_from_a_page_read_before_someone_else_changed_it_is_refused_with_409() {
        Browser officer = officer();
        Theme theme = web.application().manageThemes().add(admin().actor(), "Staying well at home").orElseThrow();
        add(officer, "carnforth", "Fewer people lonely");
        LocalPriority read = priority("carnforth", "Fewer people lonely");
        String at = "/staff/priorities/" + read.id();
        assertThat(page(officer.get(at), 200)).contains("<option value=\"" + theme.id() + "\">Staying well at home</option>");

        var first = officer.submit(at, at, "version", Long.toString(read.version()), "title", "Fewer people lonely",
                "description", "Befriending and clubs.", "serves", "POPULATION_HEALTH", "serves", "STAFF_WELLBEING",
                "rationale", "People told us so.", "theme", theme.id().toString(), "owner", OWNER);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(303);
        assertThat(priority("carnforth", "Fewer people lonely").theme()).contains(theme.id());

        var stale = officer.submit(at, at, "version", Long.toString(read.version()), "title", "Lonely no more",
                "description", "Clubs.", "serves", "COST", "rationale", "Why not.", "owner", OWNER);

        String html = page(stale, 409);
        assertThat(Html.text(html)).contains("changed by someone else");
        assertThat(ranking("carnforth")).extracting(LocalPriority::title).containsExactly("Fewer people lonely");
    }

    @Test
    void a_moderator_may_not_keep_priorities() {
        StaffAccounts.Account moderator = web.staff().member(Role.MODERATOR);
        Browser browser = web.browser().signInAs(moderator);
        add(officer(), "millom", "A priority only officers change");
        LocalPriority priority = priority("millom", "A priority only officers change");

        assertThat(browser.get("/staff/communities/millom").statusCode()).isEqualTo(403);
        String staffHome = page(browser.get("/staff"), 200);
        var refused = browser.post("/staff/priorities/" + priority.id() + "/rank", "csrf", Browser.csrf(staffHome),
                "version", Long.toString(priority.version()), "rank", "1");
        assertThat(refused.statusCode()).isEqualTo(403);
        var api = web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/priorities/" + priority.id() + "/status"))
                .header("Authorization", "Bearer " + web.staff().apiToken(moderator))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\": 1, \"status\": \"AGREED\"}")).build());
        problem(api, 403);
        assertThat(priority("millom", "A priority only officers change").status().name()).isEqualTo("PROPOSED");
    }

    @Test
    void the_staff_api_adds_moves_and_ranks_priorities_and_names_the_fields_at_fault() {
        String token = web.staff().apiToken(web.staff().member(Role.ENGAGEMENT_OFFICER));
        JsonNode first = json(send(token, "POST", "/api/v1/staff/communities/garstang/priorities",
                body("Faster test results")), 201);
        JsonNode second = json(send(token, "POST", "/api/v1/staff/communities/garstang/priorities",
                body("A clinic in Garstang")), 201);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(second.get("rank").asInt()).isEqualTo(2);
        assertThat(first.get("owner").get("name").asString()).contains("Morecambe Bay");
        assertThat(first.get("status").asString()).isEqualTo("PROPOSED");

        JsonNode invalid = problem(send(token, "POST", "/api/v1/staff/communities/garstang/priorities",
                "{\"title\": \"\", \"serves\": [\"WEALTH\"], \"owner\": \"not-a-partner\"}"), 422);
        assertThat(invalid.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .contains("title", "description", "serves", "rationale", "owner");

        String id = second.get("id").asString();
        JsonNode ranked = json(send(token, "POST", "/api/v1/staff/priorities/" + id + "/rank",
                "{\"version\": " + second.get("version").asLong() + ", \"rank\": 1}"), 200);
        assertThat(ranked.get("items").valueStream().map(item -> item.get("title").asString()).toList())
                .containsExactly("A clinic in Garstang", "Faster test results");

        long version = json(send(token, "GET", "/api/v1/staff/priorities/" + id, null), 200).get("version").asLong();
        JsonNode future = problem(send(token, "POST", "/api/v1/staff/priorities/" + id + "/status",
                "{\"version\": " + version + ", \"status\": \"AGREED\", \"on\": \"2026-03-13\"}"), 422);
        assertThat(future.get("errors").get(0).get("field").asString()).isEqualTo("on");
        assertThat(future.get("errors").get(0).get("message").asString()).isEqualTo("The date must not be in the future");
        JsonNode agreed = json(send(token, "POST", "/api/v1/staff/priorities/" + id + "/status",
                "{\"version\": " + version + ", \"status\": \"AGREED\"}"), 200);
        assertThat(agreed.get("status").asString()).isEqualTo("AGREED");
        assertThat(agreed.get("statusSince").asString()).isEqualTo("2026-03-12");
        problem(send(token, "PUT", "/api/v1/staff/priorities/" + id, body("Stale").replace("{", "{\"version\": "
                + version + ", ")), 409);
    }

    // --- helpers ---

    private static String body(String title) {
        return "{\"title\": \"" + title + "\", \"description\": \"What we will do.\", \"serves\": "
                + "[\"QUALITY_OF_CARE\"], \"rationale\": \"People asked for it.\", \"owner\": \"" + OWNER + "\"}";
    }

    private static HttpResponse<String> send(String token, String method, String path, String json) {
        var request = HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return web.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Adds a priority to {@code community} through the form on its staff page. */
    static void add(Browser officer, String community, String title) {
        var added = officer.submit("/staff/communities/" + community, "/staff/communities/" + community + "/priorities",
                "title", title, "description", "What " + community + " will do about it.", "serves", "QUALITY_OF_CARE",
                "rationale", "People asked for it.", "theme", "", "owner", OWNER);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location"))
                .hasValue("/staff/communities/" + community + "?saved=priority#priorities");
    }

    private static List<LocalPriority> ranking(String community) {
        return web.application().readPriorities().ofCommunity(new Slug(community)).orElseThrow().stream()
                .map(PriorityDetails::priority).toList();
    }

    private static LocalPriority priority(String community, String title) {
        return ranking(community).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    private static Browser officer() {
        return web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
    }

    private static StaffAccounts.Account admin() {
        return web.staff().member(Role.ADMIN);
    }
}
