package org.bettercaretogether.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Anyone reads what people have told the programme: the published views, newest first, with their themes and the
 * partner organisations' answers, on {@code /views}, on each community's and workstream's page, and in the API; never
 * a view that is not published, and never anything of the person who gave it. Each test uses a community of its own,
 * so the views of one do not show in another.
 */
class PublishedViewsTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-02T10:00:00Z"));

    @RegisterExtension
    static final RunningPublicWeb web = FeedbackFixtures.server(CLOCK);

    private final FeedbackFixtures views = new FeedbackFixtures(web);

    @Test
    void published_views_come_newest_first_with_their_themes_and_answers_and_others_are_not_shown() {
        String older = publishedAbout("carnforth", "Older: the pharmacy opening hours suit me.");
        String newer = publishedAbout("carnforth", "Newer: more physiotherapy near home, please.");
        String unpublished = views.referenceOn(views.share(about("carnforth", "Unpublished: not for the public.")));
        var engagement = web.staff().member(Role.ENGAGEMENT_OFFICER);
        Theme access = web.application().manageThemes().add(engagement.actor(), "Access to services").orElseThrow();
        Feedback tagged = views.find(older);
        web.application().moderateFeedback().tagThemes(views.moderator().actor(), tagged.id(), tagged.version(),
                Set.of(access.id())).orElseThrow();
        views.assign(older, MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY);
        var responder = views.answer(older, "The pharmacy will keep its Saturday hours.");
        String partner = web.application().browseDirectory()
                .partner(MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY).orElseThrow().name();

        String html = page(web.get("/views?community=carnforth"), 200);

        assertThat(Html.h1(html)).isEqualTo("What people have told us");
        assertThat(Html.title(html)).isEqualTo("What people have told us about Carnforth");
        String text = Html.text(html);
        assertThat(text.indexOf("Newer: more physiotherapy")).isPositive()
                .isLessThan(text.indexOf("Older: the pharmacy opening hours"));
        assertThat(text).contains("Answer from " + partner + ", ").contains("The pharmacy will keep its Saturday hours.")
                .contains("Themes Access to services").contains("Reference " + older).contains("Patient, ")
                .doesNotContain("Unpublished").doesNotContain(unpublished).doesNotContain(responder.member().name());

        JsonNode list = json(web.get("/api/v1/feedback?about=community&slug=carnforth"), 200);
        assertThat(list.get("items")).hasSize(2);
        assertThat(list.has("next")).isFalse();
        JsonNode first = list.get("items").get(0);
        JsonNode second = list.get("items").get(1);
        assertThat(first.get("reference").asString()).isEqualTo(newer);
        assertThat(first.get("about").get("kind").asString()).isEqualTo("community");
        assertThat(first.get("about").get("slug").asString()).isEqualTo("carnforth");
        assertThat(first.get("about").get("name").asString()).isEqualTo("Carnforth");
        assertThat(first.get("givenAs").asString()).isEqualTo("Patient");
        assertThat(first.get("receivedOn").asString()).isEqualTo("2026-03-02");
        assertThat(first.has("answer")).isFalse();
        assertThat(second.get("text").asString()).isEqualTo("Older: the pharmacy opening hours suit me.");
        assertThat(second.get("themes")).hasSize(1);
        assertThat(second.get("themes").get(0).asString()).isEqualTo("Access to services");
        assertThat(second.get("answer").get("partner").asString()).isEqualTo(partner);
        assertThat(second.get("answer").get("text").asString()).isEqualTo("The pharmacy will keep its Saturday hours.");
        assertThat(second.get("answer").has("answeredOn")).isTrue();
        assertThat(web.get("/api/v1/feedback").body()).contains(newer).doesNotContain(unpublished);
    }

    @Test
    void a_community_page_shows_its_five_newest_views_and_links_to_all_of_them_to_share_and_to_what_changed() {
        List<String> published = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            published.add(publishedAbout("grange", "Grange view number " + i + " about the community nurses."));
        }

        String html = page(web.get("/communities/grange"), 200);

        assertThat(Html.text(html)).contains("What people have told us about Grange")
                .contains("Grange view number 6").contains("Grange view number 2")
                .doesNotContain("Grange view number 1 ");
        assertThat(count(html, "<div class=\"govuk-summary-card\">")).isEqualTo(5);
        assertThat(Html.links(html)).extracting(Html.Link::href, Html.Link::text).contains(
                tuple("/views?community=grange", "See all published views about Grange"),
                tuple("/share-your-view?about=community&amp;slug=grange",
                        "Share your view about Grange"),
                tuple("/communities/grange/you-said-we-did", "You said, we did in Grange"));
        assertThat(html).contains("How well we listen in Grange");
    }

    @Test
    void a_community_with_no_published_views_says_so() {
        String html = page(web.get("/communities/east"), 200);

        assertThat(Html.text(html)).contains("No views about East have been published yet.");
    }

    @Test
    void a_workstream_page_shows_its_newest_views_and_links_to_share_and_to_what_changed() {
        Map<String, String> fields = FeedbackFixtures.form();
        fields.put("about", "workstream");
        fields.put("workstream", "elective-care");
        fields.put("text", "Do more planned operations close to home.");
        String reference = views.referenceOn(views.share(fields));
        views.publish(reference, "Do more planned operations close to home.");
        String slug = "elective-care";
        String name = web.application().browseDirectory().workstream(new Slug(slug))
                .orElseThrow().workstream().name();

        String html = page(web.get("/workstreams/" + slug), 200);

        assertThat(Html.text(html)).contains("What people have told us about " + name)
                .contains("Do more planned operations close to home.");
        assertThat(Html.links(html)).extracting(Html.Link::href).contains("/views?workstream=" + slug,
                "/share-your-view?about=workstream&amp;slug=" + slug, "/workstreams/" + slug + "/you-said-we-did");
        assertThat(Html.text(page(web.get("/views?workstream=" + slug), 200)))
                .contains("Do more planned operations close to home.");
    }

    @Test
    void views_come_twenty_to_a_page_with_a_link_to_older_ones_and_back_to_the_newest() {
        for (int i = 1; i <= 21; i++) {
            publishedAbout("lakes", "Lakes view " + i + ".");
        }

        String first = page(web.get("/views?community=lakes"), 200);
        assertThat(count(first, "<div class=\"govuk-summary-card\">")).isEqualTo(20);
        assertThat(Html.text(first)).contains("Lakes view 21.").doesNotContain("Lakes view 1.");
        String older = link(first, "Older views");
        assertThat(older).startsWith("/views?community=lakes&amp;cursor=");

        String second = page(web.get(older.replace("&amp;", "&")), 200);
        assertThat(count(second, "<div class=\"govuk-summary-card\">")).isEqualTo(1);
        assertThat(Html.text(second)).contains("Lakes view 1.");
        assertThat(link(second, "Newest views")).isEqualTo("/views?community=lakes");
        assertThat(second).doesNotContain("Older views");

        JsonNode api = json(web.get("/api/v1/feedback?about=community&slug=lakes&limit=20"), 200);
        assertThat(api.get("items")).hasSize(20);
        JsonNode rest = json(web.get("/api/v1/feedback?about=community&slug=lakes&limit=20&cursor="
                + api.get("next").asString()), 200);
        assertThat(rest.get("items")).hasSize(1);
        assertThat(rest.get("items").get(0).get("text").asString()).isEqualTo("Lakes view 1.");
        assertThat(rest.has("next")).isFalse();
    }

    @Test
    void the_api_refuses_what_it_cannot_answer_with_a_problem() {
        assertThat(problem(web.get("/api/v1/feedback?about=hospital"), 400).get("errors").get(0).get("field").asString())
                .isEqualTo("about");
        assertThat(problem(web.get("/api/v1/feedback?about=community"), 400).get("errors").get(0).get("field").asString())
                .isEqualTo("slug");
        problem(web.get("/api/v1/feedback?about=community&slug=Not%20A%20Slug"), 400);
        problem(web.get("/api/v1/feedback?about=community&slug=atlantis"), 404);
        problem(web.get("/api/v1/feedback?limit=many"), 400);
        problem(web.get("/api/v1/feedback?limit=0"), 422);
        problem(web.get("/api/v1/feedback?limit=101"), 422);
        problem(web.get("/api/v1/feedback?cursor=not-a-cursor"), 422);
        page(web.get("/views?community=atlantis"), 404);
        page(web.get("/views?community=Not%20A%20Slug"), 400);
    }

    @Test
    void the_views_page_invites_a_view_and_filters_by_community() {
        String html = page(web.get("/views"), 200);

        assertThat(Html.links(html)).extracting(Html.Link::href).contains("/share-your-view");
        assertThat(html).contains("<form method=\"get\" action=\"/views\" novalidate>")
                .contains("<option value=\"kendal\">Kendal</option>")
                .contains("How well the programme listens");
        assertThat(page(web.get("/views?community=kendal"), 200))
                .contains("<option value=\"kendal\" selected>Kendal</option>")
                .contains("href=\"/share-your-view?about=community&amp;slug=kendal\"");
    }

    /** A view about {@code community} sent with the form and published as written; answers its reference. */
    private String publishedAbout(String community, String text) {
        String reference = views.referenceOn(views.share(about(community, text)));
        CLOCK.advance(Duration.ofMinutes(1));
        views.publish(reference, text);
        return reference;
    }

    private static Map<String, String> about(String community, String text) {
        Map<String, String> fields = FeedbackFixtures.form();
        fields.put("community", community);
        fields.put("text", text);
        return fields;
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    private static String link(String html, String text) {
        Matcher matcher = Pattern.compile("<a [^>]*href=\"([^\"]+)\"[^>]*>\\s*<svg[^§]*?<span class=\"govuk-pagination__link-title\">"
                + Pattern.quote(text) + "</span>").matcher(html);
        assertThat(matcher.find()).as("a link: " + text).isTrue();
        return matcher.group(1);
    }
}
