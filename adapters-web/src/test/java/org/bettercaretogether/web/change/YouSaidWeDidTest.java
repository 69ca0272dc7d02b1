package org.bettercaretogether.web.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The public reads what was done with people's views: an engagement officer plans a change for Kendal linked to
 * a published view and a withheld one, and the pages and the API show the change with the published view's words
 * and only count the other, never showing its words, a reference that was not published, or anyone's details.
 */
class YouSaidWeDidTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static final String TITLE = "Later buses to Westmorland General Hospital";
    private static final String ORIGINAL = "I am Jane Dawson and the last bus to the hospital leaves before visiting "
            + "ends, call me on 07700 900123";
    private static final String PUBLIC_TEXT = "The last bus to the hospital leaves before visiting ends.";
    private static final String WITHHELD = "My neighbour Fred Bloggs at 12 Low Street cannot get to his appointments";
    private static final String CONTRIBUTOR_EMAIL = "jane.dawson@example.com";

    private static StaffAccounts.Account officer;
    private static FeedbackReference published;
    private static FeedbackReference withheld;

    @BeforeAll
    static void an_engagement_officer_plans_a_change_for_kendal_linked_to_a_published_and_a_withheld_view() {
        officer = web.staff().member(Role.ENGAGEMENT_OFFICER);
        var views = new ViewsGiven(web);
        published = views.aboutCommunity("kendal", ORIGINAL, "Jane Dawson", CONTRIBUTOR_EMAIL);
        views.publish(published, PUBLIC_TEXT);
        withheld = views.aboutCommunity("kendal", WITHHELD, "Fred's neighbour", "neighbour@example.com");
        views.withhold(withheld);
        String theme = web.application().manageThemes().add(officer.actor(), "Travel and transport").orElseThrow()
                .id().toString();

        var planned = web.browser().signInAs(officer).submit("/staff/changes/new", "/staff/changes/new",
                "title", TITLE, "description", "The evening bus now leaves the hospital at 8:30pm.\n\nIt runs every day.",
                "where", "community", "community", "kendal", "workstream", "", "views", published + ", " + withheld,
                "themes", theme);

        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(303);
    }

    @Test
    void the_community_page_quotes_the_published_view_and_only_counts_the_withheld_one() {
        String html = page(web.get("/communities/kendal/you-said-we-did"), 200);
        String text = Html.text(html);

        assertThat(Html.h1(html)).isEqualTo("You said, we did");
        assertThat(Html.title(html)).isEqualTo("Kendal: you said, we did");
        assertThat(text).contains(TITLE).contains("Status Planned").contains("Where Kendal")
                .contains("The evening bus now leaves the hospital at 8:30pm.").contains("Travel and transport")
                .contains("What people told us").contains(PUBLIC_TEXT).contains(published.value())
                .contains("and 1 other view that was not published");
        assertThat(html).contains("<strong class=\"govuk-tag govuk-tag--grey\">Planned</strong>")
                .contains("<p class=\"govuk-body\">It runs every day.</p>");
        assertThat(Html.links(html)).contains(new Html.Link("/communities/kendal", "Kendal"));
        assertNothingPrivate(html);
    }

    @Test
    void the_programme_page_shows_the_change_with_the_same_views() {
        String html = page(web.get("/you-said-we-did"), 200);

        assertThat(Html.h1(html)).isEqualTo("You said, we did");
        assertThat(Html.text(html)).contains("This page shows what the Better Care Together partners have changed")
                .contains(TITLE).contains(PUBLIC_TEXT).contains("and 1 other view that was not published");
        assertNothingPrivate(html);
    }

    @Test
    void the_json_gives_the_published_views_and_a_count_of_the_rest_and_nothing_personal() {
        JsonNode change = only(json(web.get("/api/v1/communities/kendal/changes"), 200), TITLE);

        assertThat(change.get("status").asString()).isEqualTo("PLANNED");
        assertThat(change.get("plannedOn").asString()).isNotBlank();
        assertThat(change.has("startedOn")).isFalse();
        assertThat(change.has("madeOn")).isFalse();
        assertThat(change.get("where").get("kind").asString()).isEqualTo("community");
        assertThat(change.get("where").get("slug").asString()).isEqualTo("kendal");
        assertThat(change.get("where").get("name").asString()).isEqualTo("Kendal");
        assertThat(change.get("themes").get(0).asString()).isEqualTo("Travel and transport");
        assertThat(change.get("views").size()).isEqualTo(1);
        assertThat(change.get("views").get(0).get("reference").asString()).isEqualTo(published.value());
        assertThat(change.get("views").get(0).get("text").asString()).isEqualTo(PUBLIC_TEXT);
        assertThat(change.get("unpublishedViews").asInt()).isEqualTo(1);
        assertNothingPrivate(change.toString());
        assertThat(change.toString()).doesNotContain(officer.member().id().toString());

        assertThat(titles(json(web.get("/api/v1/changes"), 200))).contains(TITLE);
        assertThat(titles(json(web.get("/api/v1/workstreams/elective-care/changes"), 200))).doesNotContain(TITLE);
    }

    @Test
    void a_partners_answer_is_shown_under_the_view_it_answers_without_naming_who_wrote_it() {
        var views = new ViewsGiven(web);
        var responder = web.staff().member(MorecambeBay.CUMBRIA_PARTNERSHIP, Role.RESPONDER);
        FeedbackReference answered = views.aboutCommunity("dalton-and-ulverston", "The minor injuries unit closes too early.",
                "Sam Answerme", "sam.answerme@example.com");
        views.publish(answered, "The minor injuries unit closes too early.");
        Feedback view = views.find(answered);
        var moderator = web.staff().member(Role.MODERATOR).actor();
        web.application().moderateFeedback().assign(moderator, view.id(), view.version(),
                MorecambeBay.CUMBRIA_PARTNERSHIP).orElseThrow();
        view = views.find(answered);
        web.application().respondToFeedback().respond(responder.actor(), view.id(), view.version(),
                "We are opening the unit until 9pm from April.").orElseThrow();
        var token = web.staff().apiToken(officer);
        var planned = web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/changes"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Minor injuries open later\", "
                        + "\"description\": \"Open until 9pm.\", \"community\": \"dalton-and-ulverston\", \"views\": [\""
                        + answered + "\"]}")).build());
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);

        String html = page(web.get("/communities/dalton-and-ulverston/you-said-we-did"), 200);
        JsonNode change = only(json(web.get("/api/v1/communities/dalton-and-ulverston/changes"), 200), "Minor injuries open later");

        String partner = web.application().browseDirectory().partner(MorecambeBay.CUMBRIA_PARTNERSHIP).orElseThrow().name();
        assertThat(Html.text(html)).contains("Answer from " + partner).contains("We are opening the unit until 9pm from April.")
                .doesNotContain("and 0 other").doesNotContain("not published");
        assertThat(change.get("views").get(0).get("answer").get("partner").asString()).isEqualTo(partner);
        assertThat(change.get("views").get(0).get("answer").get("text").asString())
                .isEqualTo("We are opening the unit until 9pm from April.");
        assertThat(change.get("unpublishedViews").asInt()).isZero();
        assertThat(html + change).doesNotContain(responder.member().name()).doesNotContain("Sam Answerme")
                .doesNotContain("sam.answerme@example.com");
    }

    @Test
    void made_changes_come_first_then_those_in_progress_then_those_planned() {
        String token = web.staff().apiToken(officer);
        planThroughApi(token, "Order: still planned");
        String made = planThroughApi(token, "Order: already made");
        String started = planThroughApi(token, "Order: under way");
        moveThroughApi(token, made, "MADE");
        moveThroughApi(token, started, "IN_PROGRESS");

        List<String> ours = List.of("Order: already made", "Order: under way", "Order: still planned");
        assertThat(titles(json(web.get("/api/v1/changes"), 200)).stream().filter(ours::contains))
                .containsExactlyElementsOf(ours);
        String html = page(web.get("/you-said-we-did"), 200);
        assertThat(html.indexOf("Order: already made")).isLessThan(html.indexOf("Order: under way"));
        assertThat(html.indexOf("Order: under way")).isLessThan(html.indexOf("Order: still planned"));
        assertThat(html).contains("<strong class=\"govuk-tag govuk-tag--blue\">In progress</strong>");
    }

    @Test
    void a_change_behind_many_published_views_quotes_the_five_most_recently_published_and_counts_the_rest() {
        var views = new ViewsGiven(web);
        List<String> references = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            FeedbackReference reference = views.aboutCommunity("millom", "Parking at the health centre, view " + i + ".",
                    "Person " + i, "person" + i + "@example.com");
            views.publish(reference, "Parking at the health centre is hard, view " + i + ".");
            references.add(reference.value());
        }
        var planned = web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/changes"))
                .header("Authorization", "Bearer " + web.staff().apiToken(officer))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"More parking in Millom\", "
                        + "\"description\": \"Ten more spaces.\", \"community\": \"millom\", \"views\": [\""
                        + String.join("\", \"", references) + "\"]}")).build());
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);

        JsonNode change = only(json(web.get("/api/v1/communities/millom/changes"), 200), "More parking in Millom");
        String text = Html.text(page(web.get("/communities/millom/you-said-we-did"), 200));

        assertThat(change.get("publishedViews").asInt()).isEqualTo(7);
        assertThat(change.get("unpublishedViews").asInt()).isZero();
        List<String> quoted = new ArrayList<>();
        change.get("views").forEach(view -> quoted.add(view.get("reference").asString()));
        assertThat(quoted).containsExactlyInAnyOrderElementsOf(references.subList(2, 7));
        assertThat(text).contains("view 7.").contains("view 3.").doesNotContain("view 2.").doesNotContain("view 1.")
                .contains("and 2 more published views").doesNotContain("not published");
    }

    @Test
    void a_place_without_changes_says_so() {
        String html = page(web.get("/workstreams/out-of-hospital-care/you-said-we-did"), 200);

        assertThat(Html.text(html)).contains("No changes have been recorded for Out of Hospital Care yet.");
        assertThat(json(web.get("/api/v1/workstreams/out-of-hospital-care/changes"), 200).get("items").isEmpty()).isTrue();
    }

    @Test
    void an_unknown_community_or_workstream_is_not_found() {
        assertThat(Html.h1(page(web.get("/communities/atlantis/you-said-we-did"), 404))).isEqualTo("Page not found");
        page(web.get("/workstreams/atlantis/you-said-we-did"), 404);
        problem(web.get("/api/v1/communities/atlantis/changes"), 404);
        problem(web.get("/api/v1/workstreams/atlantis/changes"), 404);
        problem(web.get("/api/v1/communities/Not%20A%20Slug/changes"), 400);
    }

    private static void assertNothingPrivate(String shown) {
        assertThat(shown).doesNotContain(ORIGINAL).doesNotContain("Jane Dawson").doesNotContain(CONTRIBUTOR_EMAIL)
                .doesNotContain("07700 900123").doesNotContain(WITHHELD).doesNotContain("Fred")
                .doesNotContain(withheld.value()).doesNotContain(officer.member().name())
                .doesNotContain(officer.email());
    }

    private static String planThroughApi(String token, String title) {
        var planned = web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/changes"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"" + title + "\", \"description\": \"D\"}"))
                .build());
        return json(planned, 201).get("id").asString();
    }

    private static void moveThroughApi(String token, String id, String status) {
        var moved = web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/changes/" + id + "/status"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\": 1, \"status\": \"" + status + "\"}"))
                .build());
        json(moved, 200);
    }

    static JsonNode only(JsonNode items, String title) {
        List<JsonNode> found = new ArrayList<>();
        items.get("items").forEach(item -> {
            if (item.get("title").asString().equals(title)) {
                found.add(item);
            }
        });
        assertThat(found).as("changes titled " + title).hasSize(1);
        return found.getFirst();
    }

    static List<String> titles(JsonNode items) {
        List<String> titles = new ArrayList<>();
        items.get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }
}
