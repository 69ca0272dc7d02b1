package org.bettercaretogether.web.standards;

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
import tools.jackson.databind.node.ObjectNode;

/**
 * Another system reads the directory as Open Referral HSDS 3.0 under /api/hsds/, and every answer passes Open
 * Referral's own schemas.
 */
class HsdsApiTest {

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    private static final HsdsSchemas SCHEMAS = new HsdsSchemas();

    @Test
    void every_answer_passes_open_referrals_schemas_for_its_operation() {
        List<String> errors = new ArrayList<>();
        errors.addAll(SCHEMAS.errors("/", ok("/api/hsds")));
        List<JsonNode> organizations = everyPage("/api/hsds/organizations", "/organizations", errors);
        for (JsonNode organization : organizations) {
            errors.addAll(SCHEMAS.errors("/organizations/{id}",
                    ok("/api/hsds/organizations/" + organization.get("id").asString())));
        }
        List<JsonNode> services = everyPage("/api/hsds/services", "/services", errors);
        for (JsonNode service : services) {
            errors.addAll(SCHEMAS.errors("/services/{id}", ok("/api/hsds/services/" + service.get("id").asString())));
        }
        errors.addAll(SCHEMAS.errors("/services", ok("/api/hsds/services?search=kendal&organization_id="
                + services.getFirst().get("organization_id").asString())));
        errors.addAll(SCHEMAS.errors("/organizations", ok("/api/hsds/organizations?page=9")));

        assertThat(errors).isEmpty();
        assertThat(organizations).as("ten partners, three networks, twelve communities").hasSize(25);
        assertThat(services).as("one service for each community").hasSize(12);
    }

    @Test
    void the_schemas_refuse_an_answer_that_breaks_them() {
        JsonNode service = ok("/api/hsds/services/" + ok("/api/hsds/services").get("contents").get(0).get("id")
                .asString());
        ObjectNode unknownStatus = (ObjectNode) service.deepCopy();
        unknownStatus.put("status", "open");
        ObjectNode notAUuid = (ObjectNode) service.deepCopy();
        notAUuid.put("id", "kendal");
        JsonNode page = ok("/api/hsds/organizations");
        ObjectNode nameless = (ObjectNode) page.deepCopy();
        ((ObjectNode) nameless.get("contents").get(0)).remove("name");
        ObjectNode countedInWords = (ObjectNode) page.deepCopy();
        countedInWords.put("total_items", "twenty-five");

        assertThat(SCHEMAS.errors("/services/{id}", unknownStatus)).isNotEmpty();
        assertThat(SCHEMAS.errors("/services/{id}", notAUuid)).isNotEmpty();
        assertThat(SCHEMAS.errors("/organizations", nameless)).isNotEmpty();
        assertThat(SCHEMAS.errors("/organizations", countedInWords)).isNotEmpty();
    }

    @Test
    void a_partner_is_an_organization_with_its_ods_code() {
        JsonNode partner = ok("/api/hsds/organizations/" + MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY);

        assertThat(partner.get("name").asString()).isEqualTo("University Hospitals of Morecambe Bay NHS Foundation Trust");
        assertThat(partner.get("description").asString()).startsWith("Acute hospital trust.");
        JsonNode identifier = partner.get("organization_identifiers").get(0);
        assertThat(identifier.get("identifier_type").asString()).isEqualTo("NHS ODS code");
        assertThat(identifier.get("identifier").asString()).isEqualTo("RTX");
        assertThat(identifier.get("organization_id").asString()).isEqualTo(partner.get("id").asString());
    }

    @Test
    void a_community_is_an_organization_of_its_network_giving_a_service_in_its_towns_and_districts() {
        JsonNode kendal = json(web.get("/api/v1/communities/kendal"), 200);
        JsonNode southLakes = json(web.get("/api/v1/networks/south-lakes"), 200);

        JsonNode organization = ok("/api/hsds/organizations/" + kendal.get("id").asString());
        JsonNode service = ok("/api/hsds/services/" + organization.get("services").get(0).get("id").asString());

        assertThat(organization.get("name").asString()).isEqualTo("Kendal Integrated Care Community");
        assertThat(organization.get("parent_organization_id").asString()).isEqualTo(southLakes.get("id").asString());
        assertThat(service.get("organization_id").asString()).isEqualTo(organization.get("id").asString());
        assertThat(service.get("status").asString()).isEqualTo("active");
        assertThat(service.get("url").asString()).endsWith("/communities/kendal");
        assertThat(texts(service.get("service_areas"), "name"))
                .contains("Kendal", "Burneside", "LA9 postcode district");
        List<String> locations = new ArrayList<>();
        service.get("service_at_locations").forEach(at -> {
            assertThat(at.get("location_id").asString()).isEqualTo(at.get("location").get("id").asString());
            locations.add(at.get("location").get("name").asString());
        });
        assertThat(locations).contains("Kendal", "Staveley", "LA8 postcode district", "LA9 postcode district");
        assertThat(ok("/api/hsds/services/" + service.get("id").asString()).get("service_at_locations"))
                .as("the same ids on every read").isEqualTo(service.get("service_at_locations"));
    }

    @Test
    void lists_are_paged_in_the_references_page_envelope() {
        JsonNode third = ok("/api/hsds/organizations?per_page=10&page=3");
        JsonNode past = ok("/api/hsds/organizations?per_page=10&page=4");

        assertThat(third.propertyNames()).containsAll(SCHEMAS.pageMembers()).contains("contents");
        assertThat(third.get("total_items").asInt()).isEqualTo(25);
        assertThat(third.get("total_pages").asInt()).isEqualTo(3);
        assertThat(third.get("page_number").asInt()).isEqualTo(3);
        assertThat(third.get("size").asInt()).isEqualTo(5);
        assertThat(third.get("contents")).hasSize(5);
        assertThat(third.get("first_page").asBoolean()).isFalse();
        assertThat(third.get("last_page").asBoolean()).isTrue();
        assertThat(third.get("empty").asBoolean()).isFalse();
        assertThat(third.get("contents").get(0).has("services")).as("a list holds each record's own fields").isFalse();
        assertThat(past.get("contents")).isEmpty();
        assertThat(past.get("empty").asBoolean()).isTrue();
        assertThat(ok("/api/hsds/organizations").get("first_page").asBoolean()).isTrue();
    }

    @Test
    void filters_narrow_each_other() {
        String kendal = json(web.get("/api/v1/communities/kendal"), 200).get("id").asString();

        JsonNode ofKendal = ok("/api/hsds/services?organization_id=" + kendal);
        JsonNode ofKendalAboutLancaster = ok("/api/hsds/services?organization_id=" + kendal + "&search=lancaster");
        JsonNode aboutBurneside = ok("/api/hsds/services?search=BURNESIDE");

        assertThat(texts(ofKendal.get("contents"), "name")).containsExactly("Integrated care in Kendal");
        assertThat(ofKendalAboutLancaster.get("total_items").asInt()).isZero();
        assertThat(texts(aboutBurneside.get("contents"), "name")).containsExactly("Integrated care in Kendal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=-1", "page=two", "page=99999999999", "per_page=0", "per_page=101",
            "per_page=ten"})
    void a_page_or_page_size_out_of_range_is_a_400_problem(String query) {
        JsonNode refused = problem(web.get("/api/hsds/organizations?" + query), 400);

        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo(query.split("=")[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/hsds/organizations/", "/api/hsds/services/"})
    void an_unknown_id_is_a_404_problem(String list) {
        problem(web.get(list + UUID.randomUUID()), 404);
        problem(web.get(list + "not-an-id"), 404);
    }

    private static JsonNode ok(String path) {
        return json(web.get(path), 200);
    }

    /** The contents of every page of {@code list}, each page checked against the reference's {@code operation}. */
    private static List<JsonNode> everyPage(String list, String operation, List<String> errors) {
        List<JsonNode> all = new ArrayList<>();
        JsonNode page;
        int number = 1;
        do {
            page = ok(list + "?per_page=7&page=" + number++);
            errors.addAll(SCHEMAS.errors(operation, page));
            page.get("contents").forEach(all::add);
        } while (!page.get("last_page").asBoolean());
        return all;
    }

    private static List<String> texts(JsonNode array, String member) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(member).asString()));
        return texts;
    }
}
