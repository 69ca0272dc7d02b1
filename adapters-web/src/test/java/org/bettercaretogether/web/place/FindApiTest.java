package org.bettercaretogether.web.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.problem;

import java.util.ArrayList;
import java.util.List;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Anyone can ask the API which Integrated Care Community serves a town, a postcode district or a postcode. */
class FindApiTest {

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "la9%204ab, la9 4ab, POSTCODE,          LA9",
            "LA94AB,    LA94AB,   POSTCODE,          LA9",
            "LA9,       LA9,      POSTCODE_DISTRICT, LA9",
            "Kendal,    Kendal,   TOWN,              none",
            "kendal,    kendal,   TOWN,              none",
            "Staveley,  Staveley, TOWN,              none"})
    void a_town_district_or_postcode_in_kendal_finds_the_kendal_community(
            String address, String query, String readAs, String district) {
        JsonNode found = found("/api/v1/places/" + address);

        assertThat(found.get("query").asString()).isEqualTo(query);
        assertThat(found.get("readAs").asString()).isEqualTo(readAs);
        if (district == null) {
            assertThat(found.has("postcodeDistrict")).isFalse();
        } else {
            assertThat(found.get("postcodeDistrict").asString()).isEqualTo(district);
        }
        assertThat(slugs(found)).containsExactly("kendal");
    }

    @Test
    void each_community_found_is_answered_in_full() {
        JsonNode kendal = found("/api/v1/places/Kendal").get("items").get(0);

        assertThat(kendal.get("name").asString()).isEqualTo("Kendal");
        assertThat(kendal.get("network").get("name").asString()).isEqualTo("South Lakes");
        assertThat(kendal.get("coverage").get("approximate").asBoolean()).isTrue();
        assertThat(kendal.get("links").get("page").asString()).isEqualTo("/communities/kendal");
    }

    @Test
    void barrow_finds_both_communities_that_serve_barrow_in_furness() {
        JsonNode found = found("/api/v1/places/Barrow");

        assertThat(found.get("items").size()).isEqualTo(2);
        assertThat(slugs(found)).containsExactlyInAnyOrder("alfred-barrow", "barrow-town");
    }

    @Test
    void a_place_no_community_serves_answers_404() {
        var response = web.get("/api/v1/places/Atlantis");

        JsonNode problem = problem(response, 404);
        assertThat(problem.get("detail").asString()).isEqualTo("There is no community serving 'Atlantis'.");
    }

    @Test
    void a_postcode_outside_the_bay_answers_404() {
        problem(web.get("/api/v1/places/M1%201AA"), 404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "%20    | Place must not be blank",
            "123    | Place must be a town, a postcode district such as LA9, or a postcode",
            "%3F%21 | Place must be a town, a postcode district such as LA9, or a postcode"})
    void text_that_cannot_be_a_place_answers_400_with_the_field_error(String address, String message) {
        JsonNode problem = problem(web.get("/api/v1/places/" + address), 400);

        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("place");
        assertThat(error.get("message").asString()).isEqualTo(message);
    }

    @Test
    void text_too_long_to_be_a_place_answers_400() {
        JsonNode problem = problem(web.get("/api/v1/places/" + "a".repeat(101)), 400);

        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("Place must be at most 100 characters");
    }

    private static JsonNode found(String path) {
        return json(web.get(path), 200);
    }

    private static List<String> slugs(JsonNode found) {
        List<String> slugs = new ArrayList<>();
        for (JsonNode community : found.get("items")) {
            slugs.add(community.get("slug").asString());
        }
        return slugs;
    }
}
