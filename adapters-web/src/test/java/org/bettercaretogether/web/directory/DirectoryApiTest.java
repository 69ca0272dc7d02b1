package org.bettercaretogether.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Embedders and the public read the programme's directory as JSON under /api/v1. */
class DirectoryApiTest {

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    @Test
    void vanguard_answers_the_aim_the_triple_aim_and_the_population_served() {
        JsonNode vanguard = ok("/api/v1/vanguard");

        assertThat(vanguard.get("name").asString()).isEqualTo("Better Care Together");
        assertThat(vanguard.get("area").asString()).isEqualTo("Morecambe Bay");
        assertThat(vanguard.get("aim").asString()).contains("as healthy as they can be");
        assertThat(texts(vanguard.get("tripleAim"), "dimension"))
                .containsExactly("POPULATION_HEALTH", "QUALITY_OF_CARE", "COST", "STAFF_WELLBEING");
        assertThat(texts(vanguard.get("tripleAim"), "description")).contains("Higher staff morale");
        assertThat(vanguard.get("populationServed").asInt()).isEqualTo(365_000);
        assertThat(vanguard.get("populationSource").get("verified").asBoolean()).isTrue();
        assertThat(vanguard.get("populationSource").get("source").asString()).isNotBlank();
    }

    @Test
    void partners_lists_the_ten_partners_with_their_public_facts() {
        JsonNode items = items("/api/v1/partners");

        assertThat(items.size()).isEqualTo(10);
        for (JsonNode partner : items) {
            assertThat(partner.propertyNames()).as(partner.toString()).contains(
                    "id", "name", "kind", "kindDescription", "identifiers", "role", "active", "formerNames",
                    "history", "links");
            assertThat(partner.has("version")).as("storage details stay private").isFalse();
        }
        assertThat(texts(items, "name")).contains("University Hospitals of Morecambe Bay NHS Foundation Trust");
    }

    @Test
    void partner_answers_its_kind_identifiers_and_links() {
        var id = MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY;
        JsonNode partner = ok("/api/v1/partners/" + id);

        assertThat(partner.get("id").asString()).isEqualTo(id.toString());
        assertThat(partner.get("kind").asString()).isEqualTo("ACUTE_HOSPITAL_TRUST");
        assertThat(partner.get("kindDescription").asString()).isEqualTo("Acute hospital trust");
        JsonNode identifier = partner.get("identifiers").get(0);
        assertThat(identifier.get("scheme").asString()).isEqualTo("ODS");
        assertThat(identifier.get("value").asString()).isEqualTo("RTX");
        assertThat(identifier.get("verified").asBoolean()).isTrue();
        assertThat(identifier.get("source").asString()).isNotBlank();
        assertThat(partner.has("website")).as("no website is recorded, so none is answered").isFalse();
        assertThat(partner.get("active").asBoolean()).isTrue();
        assertThat(partner.get("links").get("self").asString()).isEqualTo("/api/v1/partners/" + id);
        assertThat(partner.get("links").get("page").asString()).isEqualTo("/partners/" + id);
    }

    @Test
    void partner_identifier_that_sources_disagree_on_is_unverified() {
        JsonNode identifier = ok("/api/v1/partners/" + MorecambeBay.CUMBRIA_PARTNERSHIP).get("identifiers").get(0);

        assertThat(identifier.get("value").asString()).isEqualTo("RNN");
        assertThat(identifier.get("verified").asBoolean()).isFalse();
    }

    @Test
    void renamed_partner_answers_its_former_name_and_the_rename() {
        JsonNode partner = ok("/api/v1/partners/" + MorecambeBay.LANCASHIRE_CARE);

        assertThat(partner.get("name").asString()).isEqualTo("Lancashire & South Cumbria NHS Foundation Trust");
        assertThat(texts(partner, "formerNames")).containsExactly("Lancashire Care NHS Foundation Trust");
        JsonNode renamed = partner.get("history").get(0);
        assertThat(renamed.get("event").asString()).isEqualTo("RENAMED");
        assertThat(renamed.get("formerName").asString()).isEqualTo("Lancashire Care NHS Foundation Trust");
        assertThat(renamed.has("date")).as("the date of the rename is not known").isFalse();
        assertThat(renamed.get("verified").asBoolean()).isFalse();
    }

    @Test
    void abolished_partner_is_inactive_with_the_year_it_was_abolished() {
        JsonNode partner = ok("/api/v1/partners/" + MorecambeBay.CUMBRIA_COUNTY_COUNCIL);

        assertThat(partner.get("active").asBoolean()).isFalse();
        JsonNode abolished = partner.get("history").get(0);
        assertThat(abolished.get("event").asString()).isEqualTo("ABOLISHED");
        assertThat(abolished.get("date").asString()).isEqualTo("2023");
        assertThat(abolished.get("datePrecision").asString()).isEqualTo("YEAR");
        assertThat(abolished.get("source").asString()).isNotBlank();
    }

    @Test
    void malformed_partner_id_answers_400_naming_the_field() {
        JsonNode problem = problem(web.get("/api/v1/partners/not-a-uuid"), 400);

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("partnerId");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("Partner id must be a UUID");
    }

    @Test
    void unknown_partner_answers_404() {
        JsonNode problem = problem(web.get("/api/v1/partners/" + UUID.randomUUID()), 404);

        assertThat(problem.get("detail").asString()).startsWith("There is no partner");
    }

    @Test
    void networks_lists_the_three_networks_with_their_communities() {
        JsonNode items = items("/api/v1/networks");

        assertThat(items.size()).isEqualTo(3);
        assertThat(texts(items, "slug")).containsExactly("furness", "north-lancashire", "south-lakes");
        int communities = 0;
        for (JsonNode network : items) {
            communities += network.get("communities").size();
        }
        assertThat(communities).isEqualTo(12);
    }

    @Test
    void network_answers_its_communities_and_that_its_grouping_is_unconfirmed() {
        JsonNode network = ok("/api/v1/networks/south-lakes");

        assertThat(network.get("name").asString()).isEqualTo("South Lakes");
        assertThat(network.get("description").asString()).isNotBlank();
        assertThat(network.get("grouping").get("verified").asBoolean()).isFalse();
        assertThat(network.get("grouping").get("source").asString()).isNotBlank();
        assertThat(texts(network.get("communities"), "slug")).containsExactly("east", "grange", "kendal", "lakes");
        assertThat(network.get("communities").get(2).get("links").get("page").asString()).isEqualTo("/communities/kendal");
        assertThat(network.get("links").get("self").asString()).isEqualTo("/api/v1/networks/south-lakes");
        assertThat(network.get("links").get("page").asString()).isEqualTo("/networks/south-lakes");
    }

    @Test
    void communities_lists_the_twelve_communities() {
        JsonNode items = items("/api/v1/communities");

        assertThat(items.size()).isEqualTo(12);
        for (JsonNode community : items) {
            assertThat(community.propertyNames()).as(community.toString()).contains(
                    "id", "slug", "name", "network", "towns", "postcodeDistricts", "coverage", "links");
        }
    }

    @Test
    void community_answers_its_network_coverage_and_that_the_coverage_is_approximate() {
        JsonNode kendal = ok("/api/v1/communities/kendal");

        assertThat(kendal.get("name").asString()).isEqualTo("Kendal");
        assertThat(kendal.get("network").get("slug").asString()).isEqualTo("south-lakes");
        assertThat(kendal.get("network").get("name").asString()).isEqualTo("South Lakes");
        assertThat(texts(kendal, "towns")).containsExactly("Kendal", "Burneside", "Staveley");
        assertThat(texts(kendal, "postcodeDistricts")).containsExactly("LA8", "LA9");
        assertThat(kendal.get("coverage").get("approximate").asBoolean()).isTrue();
        assertThat(kendal.get("coverage").get("verified").asBoolean()).isFalse();
        assertThat(kendal.get("coverage").get("source").asString()).containsIgnoringCase("approximate");
        assertThat(kendal.has("population")).as("Kendal's population is not recorded").isFalse();
        assertThat(kendal.has("stage")).as("Kendal's development stage is not recorded").isFalse();
        assertThat(kendal.get("links").get("self").asString()).isEqualTo("/api/v1/communities/kendal");
        assertThat(kendal.get("links").get("page").asString()).isEqualTo("/communities/kendal");
    }

    @Test
    void community_with_a_recorded_population_answers_it_with_its_basis_and_source() {
        JsonNode population = ok("/api/v1/communities/garstang").get("population");

        assertThat(population.get("people").asInt()).isEqualTo(18_192);
        assertThat(population.get("basis").asString()).isEqualTo("Registered GP practice population");
        assertThat(population.get("verified").asBoolean()).isTrue();
        assertThat(population.get("source").asString()).isNotBlank();
    }

    @Test
    void workstreams_lists_the_three_workstreams_of_the_review() {
        JsonNode items = items("/api/v1/workstreams");

        assertThat(items.size()).isEqualTo(3);
        assertThat(texts(items, "name"))
                .containsExactly("Elective Care", "Out of Hospital Care", "Women's and Children's Services");
    }

    @Test
    void workstream_answers_its_scope_settings_phase_and_partners() {
        JsonNode workstream = ok("/api/v1/workstreams/elective-care");

        assertThat(workstream.get("scope").asString()).contains("Planned care");
        assertThat(texts(workstream.get("careSettings"), "setting"))
                .containsExactly("HOSPITAL", "COMMUNITY", "GP_SURGERY", "HOME");
        assertThat(texts(workstream.get("careSettings"), "description")).contains("At GP surgeries");
        assertThat(workstream.get("phase").get("phase").asString()).isEqualTo("ENGAGEMENT");
        assertThat(workstream.get("phase").get("description").asString()).isNotBlank();
        assertThat(workstream.has("lead")).as("no lead partner is recorded").isFalse();
        assertThat(texts(workstream.get("involved"), "id")).containsExactlyInAnyOrder(
                MorecambeBay.CLINICAL_COMMISSIONING_GROUP.toString(),
                MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY.toString());
        assertThat(texts(workstream.get("involved"), "name"))
                .contains("University Hospitals of Morecambe Bay NHS Foundation Trust");
        assertThat(workstream.get("links").get("page").asString()).isEqualTo("/workstreams/elective-care");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/networks/", "/api/v1/communities/", "/api/v1/workstreams/"})
    void malformed_slug_answers_400_naming_the_slug(String address) {
        for (String malformed : List.of("Kendal", "south%20lakes", "kendal--town", "-kendal")) {
            JsonNode problem = problem(web.get(address + malformed), 400);
            assertThat(problem.get("errors").get(0).get("field").asString()).as(malformed).isEqualTo("slug");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/networks/", "/api/v1/communities/", "/api/v1/workstreams/"})
    void well_formed_unknown_slug_answers_404(String address) {
        JsonNode problem = problem(web.get(address + "atlantis"), 404);

        assertThat(problem.get("detail").asString()).endsWith("'atlantis'.");
        assertThat(problem.get("instance").asString()).isEqualTo(address + "atlantis");
    }

    private static JsonNode ok(String path) {
        return json(web.get(path), 200);
    }

    private static JsonNode items(String path) {
        JsonNode list = ok(path);
        assertThat(list.propertyNames()).as("a list answers {\"items\": [...]}").containsExactly("items");
        return list.get("items");
    }

    /** The text of {@code field} in each element of {@code array}, or each element itself if it is text. */
    private static List<String> texts(JsonNode array, String field) {
        JsonNode values = array.isArray() ? array : array.get(field);
        List<String> texts = new ArrayList<>();
        for (JsonNode value : values) {
            texts.add(value.isString() ? value.asString() : value.get(field).asString());
        }
        return texts;
    }
}
