package org.bettercaretogether.web.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;
import static org.bettercaretogether.web.Html.h1;
import static org.bettercaretogether.web.Html.links;
import static org.bettercaretogether.web.Html.text;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.platform.Formats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Communities change: Kendal is renamed "Kendal and District" (address {@code kendal-and-district}) and Barrow Town
 * merges into Alfred Barrow, both today. Their old addresses, as pages and in the API, answer 301 to the current
 * ones, so links and bookmarks keep working; the merged community leaves the lists.
 */
class FormerAddressesTest {

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    private static LocalDate today;

    @BeforeAll
    static void kendal_is_renamed_and_barrow_town_merged() {
        today = UkTime.dayOf(Instant.now());
        CommunityLife life = new CommunityLife(web.application());
        life.rename("kendal", "Kendal and District", "kendal-and-district", today);
        life.merge("barrow-town", "alfred-barrow", today);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/communities/kendal", "/api/v1/communities/kendal",
            "/api/v1/communities/kendal/priorities", "/api/v1/communities/kendal/team",
            "/api/v1/communities/kendal/history"})
    void the_old_address_of_a_renamed_community_answers_301_to_its_new_one(String old) {
        HttpResponse<String> response = web.get(old);

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(old.replace("/kendal", "/kendal-and-district"));
    }

    @Test
    void the_renamed_community_answers_at_its_new_address_and_tells_its_former_name() {
        String html = page(web.get("/communities/kendal-and-district"), 200);

        assertThat(h1(html)).isEqualTo("Kendal and District");
        assertThat(text(html)).contains("Known as Kendal until " + Formats.date(today)
                + ", then renamed Kendal and District.");
        JsonNode community = json(web.get("/api/v1/communities/kendal-and-district"), 200);
        assertThat(community.get("name").asString()).isEqualTo("Kendal and District");
    }

    @Test
    void the_history_api_gives_the_renaming() {
        JsonNode history = json(web.get("/api/v1/communities/kendal-and-district/history"), 200);

        assertThat(history.get("community").get("slug").asString()).isEqualTo("kendal-and-district");
        JsonNode renaming = history.get("renamings").get(0);
        assertThat(renaming.get("fromName").asString()).isEqualTo("Kendal");
        assertThat(renaming.get("fromSlug").asString()).isEqualTo("kendal");
        assertThat(renaming.get("toName").asString()).isEqualTo("Kendal and District");
        assertThat(renaming.get("toSlug").asString()).isEqualTo("kendal-and-district");
        assertThat(renaming.get("effectiveOn").asString()).isEqualTo(today.toString());
        assertThat(history.has("merger")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/communities/barrow-town", "/api/v1/communities/barrow-town",
            "/api/v1/communities/barrow-town/priorities", "/api/v1/communities/barrow-town/team",
            "/api/v1/communities/barrow-town/history"})
    void the_address_of_a_merged_community_answers_301_to_the_community_it_joined(String old) {
        HttpResponse<String> response = web.get(old);

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(old.replace("/barrow-town", "/alfred-barrow"));
    }

    @Test
    void a_redirect_keeps_the_query() {
        HttpResponse<String> response = web.get("/communities/kendal?from=leaflet");

        assertThat(response.headers().firstValue("Location")).hasValue("/communities/kendal-and-district?from=leaflet");
    }

    @Test
    void the_merged_community_is_gone_from_the_lists_and_its_network() {
        String communities = page(web.get("/communities"), 200);
        assertThat(text(communities)).contains("Alfred Barrow Integrated Care Community")
                .doesNotContain("Barrow Town");
        assertThat(links(communities)).extracting(Html.Link::href).doesNotContain("/communities/barrow-town")
                .contains("/communities/kendal-and-district");

        assertThat(text(page(web.get("/networks/furness"), 200))).doesNotContain("Barrow Town");

        List<String> slugs = new ArrayList<>();
        json(web.get("/api/v1/communities"), 200).get("items").forEach(item -> slugs.add(item.get("slug").asString()));
        assertThat(slugs).hasSize(11).doesNotContain("barrow-town", "kendal").contains("kendal-and-district");
    }

    @Test
    void the_comparison_leaves_the_merged_community_out() {
        List<String> columns = new ArrayList<>();
        json(web.get("/api/v1/priorities/comparison"), 200).get("communities")
                .forEach(column -> columns.add(column.get("slug").asString()));

        assertThat(columns).hasSize(11).doesNotContain("barrow-town");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/communities/atlantis", "/api/v1/communities/atlantis/priorities",
            "/api/v1/communities/atlantis/team", "/api/v1/communities/atlantis/history"})
    void an_address_no_community_ever_had_is_not_found(String path) {
        problem(web.get(path), 404);
    }

    @Test
    void an_unknown_community_page_is_not_found() {
        page(web.get("/communities/atlantis"), 404);
    }

    @Test
    void a_malformed_address_is_a_bad_request() {
        problem(web.get("/api/v1/communities/Not%20A%20Slug/history"), 400);
    }
}
