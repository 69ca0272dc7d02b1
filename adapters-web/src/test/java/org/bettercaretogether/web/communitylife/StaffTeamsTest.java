package org.bettercaretogether.web.communitylife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.team.TeamSummary;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Engagement officers describe a community's integrated team in the team editor — a line per profession and
 * employer, blank rows ignored, counts checked — and keep the list of professions; and the same through the staff API.
 * The clock stands at 12 March 2026.
 */
class StaffTeamsTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-12T10:00:00Z"));

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, RunningPublicWeb.securitySettings(
            new Limit(1000, Duration.ofMinutes(15)), new Limit(5, Duration.ofMinutes(15)),
            new Limit(1000, Duration.ofMinutes(10))), false);

    private static final String UHMB = MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY.toString();
    private static final String COUNCIL = MorecambeBay.CUMBRIA_COUNTY_COUNCIL.toString();
    private static Profession nurse;
    private static Profession socialWorker;

    @BeforeAll
    static void professions() {
        var admin = web.staff().member(Role.ADMIN).actor();
        nurse = web.application().manageTeams().addProfession(admin, "District nurse").orElseThrow();
        socialWorker = web.application().manageTeams().addProfession(admin, "Social worker").orElseThrow();
    }

    @Test
    void the_team_editor_saves_the_lines_given_ignores_blank_rows_and_shows_the_totals() {
        Browser officer = officer();
        String editor = page(officer.get("/staff/communities/kendal/team"), 200);
        assertThat(Html.h1(editor)).isEqualTo("Team of Kendal");
        assertThat(editor).contains("name=\"roles-2-profession\"").doesNotContain("name=\"roles-3-profession\"")
                .contains("<option value=\"" + nurse.id() + "\">District nurse</option>");

        var saved = officer.post("/staff/communities/kendal/team", "csrf", Browser.csrf(editor), "version", "0",
                "roles-0-profession", nurse.id().toString(), "roles-0-employer", UHMB,
                "roles-0-headcount", "4", "roles-0-whole-time-equivalents", "3.5",
                "roles-1-profession", "", "roles-1-employer", "", "roles-1-headcount", "",
                "roles-1-whole-time-equivalents", "",
                "roles-2-profession", socialWorker.id().toString(), "roles-2-employer", COUNCIL,
                "roles-2-headcount", "2", "roles-2-whole-time-equivalents", "",
                "as-of-day", "1", "as-of-month", "3", "as-of-year", "2026");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/staff/communities/kendal/team?saved=team");
        TeamSummary team = web.application().readTeams().team(new Slug("kendal")).orElseThrow();
        assertThat(team.lines()).hasSize(2);
        assertThat(team.totalHeadcount()).isEqualTo(6);
        assertThat(team.totalWholeTimeEquivalents()).isEqualByComparingTo(new BigDecimal("3.5"));
        String html = page(officer.get("/staff/communities/kendal/team?saved=team"), 200);
        assertThat(Html.text(html)).contains("The team has been saved.").contains("Total headcount 6")
                .contains("Total whole-time equivalents 3.5").contains("As of 1 March 2026")
                .contains("District nurse University Hospitals of Morecambe Bay");
        assertThat(html).contains("name=\"roles-4-profession\"").doesNotContain("name=\"roles-5-profession\"");
        assertThat(Html.text(page(officer.get("/staff/communities/kendal"), 200))).contains("Headcount 6")
                .contains("Whole-time equivalents 3.5");
    }

    @Test
    void whole_time_equivalents_to_three_decimal_places_are_refused_naming_the_line_and_nothing_is_saved() {
        Browser officer = officer();
        String editor = page(officer.get("/staff/communities/bay/team"), 200);

        var refused = officer.post("/staff/communities/bay/team", "csrf", Browser.csrf(editor), "version", "0",
                "roles-0-profession", nurse.id().toString(), "roles-0-employer", UHMB,
                "roles-0-headcount", "", "roles-0-whole-time-equivalents", "1.234",
                "roles-1-profession", socialWorker.id().toString(), "roles-1-employer", "",
                "roles-1-headcount", "two", "roles-1-whole-time-equivalents", "",
                "as-of-day", "1", "as-of-month", "3", "as-of-year", "2026");

        String html = page(refused, 422);
        assertThat(Html.title(html)).isEqualTo("Error: Team of Bay");
        assertThat(html).contains("<a href=\"#roles-0-whole-time-equivalents\">Whole-time equivalents in line 1 must "
                        + "be more than 0 and at most 999.99, to two decimal places</a>")
                .contains("<a href=\"#roles-1-employer\">Select the employer in line 2</a>")
                .contains("<a href=\"#roles-1-headcount\">Headcount in line 2 must be a whole number, like 3</a>")
                .contains("value=\"1.234\"").contains("value=\"two\"");
        assertThat(web.application().readTeams().team(new Slug("bay")).orElseThrow().lines()).isEmpty();
    }

    @Test
    void a_team_saved_from_an_editor_read_before_someone_else_saved_it_is_refused_with_409() {
        Browser officer = officer();
        String editor = page(officer.get("/staff/communities/lancaster/team"), 200);
        String[] line = {"roles-0-profession", nurse.id().toString(), "roles-0-employer", UHMB,
                "roles-0-headcount", "1", "as-of-day", "1", "as-of-month", "3", "as-of-year", "2026"};
        assertThat(officer.post("/staff/communities/lancaster/team", with(Browser.csrf(editor), line)).statusCode())
                .isEqualTo(303);

        String html = page(officer.post("/staff/communities/lancaster/team", with(Browser.csrf(editor), line)), 409);

        assertThat(Html.text(html)).contains("changed by someone else");
    }

    @Test
    void professions_are_added_taken_out_of_use_and_no_longer_offered_for_new_lines() {
        Browser officer = officer();
        var added = officer.submit("/staff/professions", "/staff/professions", "name", "Occupational therapist");
        assertThat(added.statusCode()).isEqualTo(303);
        Profession therapist = web.application().readTeams().professions().stream()
                .filter(p -> p.name().equals("Occupational therapist")).findFirst().orElseThrow();
        String list = page(officer.get("/staff/professions?notice=added"), 200);
        assertThat(Html.text(list)).contains("The profession has been added.").contains("Occupational therapist In use");
        String twice = page(officer.submit("/staff/professions", "/staff/professions", "name", "Occupational therapist"),
                422);
        assertThat(twice).contains("<a href=\"#name\">There is already a profession called Occupational therapist</a>");

        var out = officer.post("/staff/professions/" + therapist.id(), "csrf", Browser.csrf(list),
                "version", Long.toString(therapist.version()), "in-use", "false");
        assertThat(out.headers().firstValue("Location")).hasValue("/staff/professions?notice=out");
        assertThat(page(officer.get("/staff/communities/garstang/team"), 200)).doesNotContain("Occupational therapist");
        var stale = officer.post("/staff/professions/" + therapist.id(), "csrf", Browser.csrf(list),
                "version", Long.toString(therapist.version()), "in-use", "true");
        page(stale, 409);
    }

    @Test
    void the_staff_api_replaces_a_team_and_names_the_lines_at_fault() {
        String token = web.staff().apiToken(web.staff().member(Role.ENGAGEMENT_OFFICER));
        JsonNode empty = json(send(token, "GET", "/api/v1/staff/communities/east/team", null), 200);
        assertThat(empty.get("version").asLong()).isZero();

        JsonNode refused = problem(send(token, "PUT", "/api/v1/staff/communities/east/team", "{\"version\": 0, "
                + "\"asOf\": \"2026-03-13\", \"roles\": [{\"profession\": \"" + nurse.id() + "\", \"employer\": \""
                + UHMB + "\", \"wholeTimeEquivalents\": 1.234}]}"), 422);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("roles[0].wholeTimeEquivalents");

        JsonNode saved = json(send(token, "PUT", "/api/v1/staff/communities/east/team", "{\"version\": 0, "
                + "\"asOf\": \"2026-03-01\", \"roles\": [{\"profession\": \"" + nurse.id() + "\", \"employer\": \""
                + UHMB + "\", \"headcount\": 3, \"wholeTimeEquivalents\": 2.25}]}"), 200);
        assertThat(saved.get("totalHeadcount").asInt()).isEqualTo(3);
        assertThat(saved.get("roles").get(0).get("profession").get("name").asString()).isEqualTo("District nurse");
        assertThat(saved.get("asOf").asString()).isEqualTo("2026-03-01");

        JsonNode future = problem(send(token, "PUT", "/api/v1/staff/communities/east/team", "{\"version\": "
                + saved.get("version").asLong() + ", \"asOf\": \"2026-03-13\", \"roles\": []}"), 422);
        assertThat(future.get("errors").get(0).get("field").asString()).isEqualTo("asOf");
        assertThat(future.get("errors").get(0).get("message").asString()).isEqualTo("The date must not be in the future");
        problem(send(token, "PUT", "/api/v1/staff/communities/east/team",
                "{\"version\": 0, \"asOf\": \"2026-03-01\", \"roles\": []}"), 409);
    }

    // --- helpers ---

    private static String[] with(String csrf, String... fields) {
        String[] all = new String[fields.length + 4];
        all[0] = "csrf";
        all[1] = csrf;
        all[2] = "version";
        all[3] = "0";
        System.arraycopy(fields, 0, all, 4, fields.length);
        return all;
    }

    private static HttpResponse<String> send(String token, String method, String path, String json) {
        var request = HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return web.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Browser officer() {
        return web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
    }
}
