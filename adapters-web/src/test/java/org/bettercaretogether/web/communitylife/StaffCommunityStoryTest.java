package org.bettercaretogether.web.communitylife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.bettercaretogether.application.community.CommunityStory;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.community.Renaming;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Engagement officers record a community's story on its staff page: the development stage it reached, a new name and
 * address (the answer leads to the new address, and the old one keeps leading there), and a merger into another
 * community, confirmed first; and the same through the staff API. The clock stands at 12 March 2026.
 */
class StaffCommunityStoryTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-12T10:00:00Z"));

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, RunningPublicWeb.securitySettings(
            new Limit(1000, Duration.ofMinutes(15)), new Limit(5, Duration.ofMinutes(15)),
            new Limit(1000, Duration.ofMinutes(10))), false);

    @Test
    void the_list_of_communities_links_to_each_staff_page() {
        String html = page(officer().get("/staff/communities"), 200);

        assertThat(Html.h1(html)).isEqualTo("Communities");
        assertThat(Html.links(html)).contains(new Html.Link("/staff/communities/kendal", "Kendal"),
                new Html.Link("/staff/communities/dalton-and-ulverston", "Dalton & Ulverston"));
    }

    @Test
    void a_renamed_community_is_found_at_its_new_address_and_its_story_keeps_the_old_one() {
        Browser officer = officer();

        var renamed = officer.submit("/staff/communities/millom", "/staff/communities/millom/rename",
                "name", "Millom and Duddon", "slug", "", "renamed-on-day", "10", "renamed-on-month", "3",
                "renamed-on-year", "2026");

        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(303);
        assertThat(renamed.headers().firstValue("Location")).hasValue("/staff/communities/millom-and-duddon?saved=renamed");
        String html = page(officer.get("/staff/communities/millom-and-duddon?saved=renamed"), 200);
        assertThat(Html.h1(html)).isEqualTo("Millom and Duddon");
        assertThat(Html.text(html)).contains("The community has been renamed.")
                .contains("10 March 2026: renamed from Millom (millom) to Millom and Duddon (millom-and-duddon)");
        CommunityStory story = web.application().shapeCommunities().story(new Slug("millom")).orElseThrow();
        assertThat(story.slug()).isEqualTo("millom-and-duddon");
        assertThat(story.history().renamings()).extracting(Renaming::fromSlug, Renaming::toName, Renaming::effectiveOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new Slug("millom"), "Millom and Duddon",
                        LocalDate.of(2026, 3, 10)));
        var old = officer.get("/staff/communities/millom");
        assertThat(old.statusCode()).isEqualTo(303);
        assertThat(old.headers().firstValue("Location")).hasValue("/staff/communities/millom-and-duddon");
    }

    @Test
    void a_new_address_another_community_has_is_refused_and_what_was_typed_is_kept() {
        String html = page(officer().submit("/staff/communities/east", "/staff/communities/east/rename",
                "name", "East Lakes", "slug", "kendal", "renamed-on-day", "10", "renamed-on-month", "3",
                "renamed-on-year", "2026"), 422);

        assertThat(html).contains("<a href=\"#slug\">The new address is, or was, the address of another community</a>")
                .contains("value=\"East Lakes\"").contains("value=\"kendal\"");
        assertThat(web.application().shapeCommunities().story(new Slug("east")).orElseThrow().community())
                .isEqualTo("East");
    }

    @Test
    void a_stage_is_recorded_with_its_date_and_a_date_in_the_future_is_refused() {
        Browser officer = officer();
        String future = page(officer.submit("/staff/communities/grange", "/staff/communities/grange/stage",
                "stage", "DEVELOPING", "reached-on-day", "13", "reached-on-month", "3", "reached-on-year", "2026"), 422);
        assertThat(future).contains("<a href=\"#reached-on\">The date must not be in the future</a>")
                .contains("value=\"DEVELOPING\" checked");

        var recorded = officer.submit("/staff/communities/grange", "/staff/communities/grange/stage",
                "stage", "DEVELOPING", "reached-on-day", "1", "reached-on-month", "2", "reached-on-year", "2026");

        assertThat(recorded.headers().firstValue("Location")).hasValue("/staff/communities/grange?saved=stage");
        assertThat(Html.text(page(officer.get("/staff/communities/grange"), 200)))
                .contains("Development stage " + DevelopmentStage.DEVELOPING.description() + " (since 1 February 2026)")
                .contains("1 February 2026: reached the stage Developing");
        assertThat(Html.text(page(officer.get("/staff/communities"), 200))).contains("Grange South Lakes Developing");
    }

    @Test
    void a_merger_is_confirmed_before_it_is_recorded_and_then_the_community_leads_to_the_one_it_joined() {
        Browser officer = officer();

        var asked = officer.submit("/staff/communities/barrow-town", "/staff/communities/barrow-town/merge",
                "into", "alfred-barrow", "merged-on-day", "11", "merged-on-month", "3", "merged-on-year", "2026");

        String confirm = page(asked, 200);
        assertThat(Html.h1(confirm)).isEqualTo("Merge Barrow Town into Alfred Barrow?");
        assertThat(confirm).contains("<input type=\"hidden\" name=\"confirmed\" value=\"yes\">");
        assertThat(web.application().shapeCommunities().story(new Slug("barrow-town")).orElseThrow().history()
                .merger()).isEmpty();

        var merged = officer.post("/staff/communities/barrow-town/merge", "csrf", Browser.csrf(confirm),
                "into", "alfred-barrow", "merged-on-day", "11", "merged-on-month", "3", "merged-on-year", "2026",
                "confirmed", "yes");

        assertThat(merged.headers().firstValue("Location")).hasValue("/staff/communities/barrow-town?saved=merged");
        CommunityStory story = web.application().shapeCommunities().story(new Slug("barrow-town")).orElseThrow();
        assertThat(story.mergedIntoSlug()).contains("alfred-barrow");
        assertThat(web.application().shapeCommunities().whereIs(new Slug("barrow-town")))
                .contains(new Slug("alfred-barrow"));
        String html = page(officer.get("/staff/communities/barrow-town?saved=merged"), 200);
        assertThat(Html.text(html)).contains("The merger has been recorded.")
                .contains("Merged into Alfred Barrow, from 11 March 2026")
                .doesNotContain("Rename the community");
        assertThat(Html.links(html)).contains(new Html.Link("/staff/communities/alfred-barrow",
                "Alfred Barrow, from 11 March 2026"));
        assertThat(page(officer.get("/staff/communities/kendal"), 200))
                .doesNotContain("<option value=\"barrow-town\"");
        String again = page(officer.submit("/staff/communities/barrow-town", "/staff/communities/barrow-town/stage",
                "stage", "FORMING", "reached-on-day", "12", "reached-on-month", "3", "reached-on-year", "2026"), 409);
        assertThat(Html.text(again)).contains("merged into Alfred Barrow");
    }

    @Test
    void a_merger_without_the_community_it_joins_is_refused_on_the_page() {
        String html = page(officer().submit("/staff/communities/bay", "/staff/communities/bay/merge",
                "into", "", "merged-on-day", "", "merged-on-month", "", "merged-on-year", ""), 422);

        assertThat(html).contains("<a href=\"#into\">Select the community it joins</a>")
                .contains("<a href=\"#merged-on\">Enter the date the merger takes effect, like 12 3 2026</a>");
    }

    @Test
    void the_staff_api_records_a_stage_and_a_renaming_and_answers_the_story() {
        String token = web.staff().apiToken(web.staff().member(Role.ADMIN));
        JsonNode stage = json(send(token, "/api/v1/staff/communities/carnforth/stage",
                "{\"stage\": \"FORMING\", \"reachedOn\": \"2026-01-05\"}"), 200);
        assertThat(stage.get("stages").get(0).get("stage").asString()).isEqualTo("FORMING");

        JsonNode future = problem(send(token, "/api/v1/staff/communities/carnforth/stage",
                "{\"stage\": \"DEVELOPING\", \"reachedOn\": \"2026-03-13\"}"), 422);
        assertThat(future.get("errors").get(0).get("field").asString()).isEqualTo("reachedOn");
        JsonNode unknown = problem(send(token, "/api/v1/staff/communities/carnforth/stage",
                "{\"stage\": \"MATURE\", \"reachedOn\": \"2026-03-01\"}"), 422);
        assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("stage");

        JsonNode renamed = json(send(token, "/api/v1/staff/communities/carnforth/rename",
                "{\"name\": \"Carnforth & Silverdale\", \"effectiveOn\": \"2026-03-12\"}"), 200);
        assertThat(renamed.get("slug").asString()).isEqualTo("carnforth-and-silverdale");
        assertThat(renamed.get("renamings").get(0).get("fromSlug").asString()).isEqualTo("carnforth");
        problem(send(token, "/api/v1/staff/communities/nowhere/merge",
                "{\"into\": \"kendal\", \"effectiveOn\": \"2026-03-01\"}"), 404);
    }

    // --- helpers ---

    private static HttpResponse<String> send(String token, String path, String json) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Browser officer() {
        return web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
    }
}
