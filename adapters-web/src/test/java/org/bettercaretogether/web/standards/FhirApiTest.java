package org.bettercaretogether.web.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An NHS system reads the directory as FHIR R4 under /fhir/, and every resource it is given, failures included,
 * passes HAPI FHIR's validator without an error.
 */
class FhirApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb();

    @Test
    void every_bundle_and_resource_passes_hapi_fhirs_validator() {
        List<String> errors = new ArrayList<>();
        int resources = 0;
        for (String type : List.of("Organization", "Location")) {
            String searchset = fhir(web.get("/fhir/" + type), 200);
            errors.addAll(prefixed("/fhir/" + type, FhirValidation.errors(searchset)));
            for (JsonNode entry : JSON.readTree(searchset).get("entry")) {
                String id = entry.get("resource").get("id").asString();
                String read = fhir(web.get("/fhir/" + type + "/" + id), 200);
                errors.addAll(prefixed("/fhir/" + type + "/" + id, FhirValidation.errors(read)));
                resources++;
            }
        }
        String notFound = fhir(web.get("/fhir/Organization/" + UUID.randomUUID()), 404);
        errors.addAll(prefixed("a 404", FhirValidation.errors(notFound)));

        assertThat(errors).isEmpty();
        assertThat(resources).as("25 organizations and the communities' towns and districts").isGreaterThan(60);
    }

    @Test
    void the_validator_refuses_a_resource_that_breaks_fhir() {
        JsonNode organization = JSON.readTree(fhir(web.get("/fhir/Organization/"
                + MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY), 200));
        ObjectNode unknownElement = (ObjectNode) organization.deepCopy();
        unknownElement.put("odsCode", "RTX");
        ObjectNode nameless = (ObjectNode) organization.deepCopy();
        nameless.remove("name");
        nameless.remove("identifier");
        ObjectNode searchsetWithoutTotal = (ObjectNode) JSON.readTree(fhir(web.get("/fhir/Location"), 200));
        ((ObjectNode) searchsetWithoutTotal.get("entry").get(0)).remove("fullUrl");
        ((ObjectNode) searchsetWithoutTotal.get("entry").get(0)).put("fullUrl", "not a url");
        ObjectNode wrongStatus = (ObjectNode) JSON.readTree(fhir(web.get("/fhir/Location"), 200)).get("entry").get(0)
                .get("resource").deepCopy();
        wrongStatus.put("status", "open");

        assertThat(FhirValidation.errors(unknownElement.toString())).as("an element FHIR does not have").isNotEmpty();
        assertThat(FhirValidation.errors(nameless.toString())).as("org-1: a name or an identifier").isNotEmpty();
        assertThat(FhirValidation.errors(wrongStatus.toString())).as("a code outside its value set").isNotEmpty();
    }

    @Test
    void a_partner_carries_its_ods_code_and_one_without_has_none() {
        JsonNode hospitals = JSON.readTree(fhir(web.get("/fhir/Organization/"
                + MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY), 200));
        JsonNode council = JSON.readTree(fhir(web.get("/fhir/Organization/"
                + MorecambeBay.LANCASHIRE_COUNTY_COUNCIL), 200));

        assertThat(hospitals.get("resourceType").asString()).isEqualTo("Organization");
        assertThat(hospitals.get("identifier").get(0).get("system").asString()).isEqualTo(ODS);
        assertThat(hospitals.get("identifier").get(0).get("value").asString()).isEqualTo("RTX");
        assertThat(hospitals.get("active").asBoolean()).isTrue();
        assertThat(hospitals.get("type").get(0).get("coding").get(0).get("code").asString()).isEqualTo("prov");
        assertThat(council.get("identifier").findValuesAsString("system")).doesNotContain(ODS);
    }

    @Test
    void a_community_is_an_organization_part_of_its_network_managing_its_towns_and_districts() {
        String kendal = JSON.readTree(web.get("/api/v1/communities/kendal").body()).get("id").asString();
        String southLakes = JSON.readTree(web.get("/api/v1/networks/south-lakes").body()).get("id").asString();

        JsonNode community = JSON.readTree(fhir(web.get("/fhir/Organization/" + kendal), 200));
        JsonNode network = JSON.readTree(fhir(web.get("/fhir/Organization/" + southLakes), 200));
        JsonNode places = JSON.readTree(fhir(web.get("/fhir/Location?organization=Organization/" + kendal), 200));

        assertThat(community.get("name").asString()).isEqualTo("Kendal Integrated Care Community");
        assertThat(community.get("partOf").get("reference").asString()).isEqualTo("Organization/" + southLakes);
        assertThat(network.get("name").asString()).isEqualTo("South Lakes clinical network");
        List<String> names = new ArrayList<>();
        for (JsonNode entry : places.get("entry")) {
            assertThat(entry.get("resource").get("managingOrganization").get("reference").asString())
                    .isEqualTo("Organization/" + kendal);
            names.add(entry.get("resource").get("name").asString());
        }
        assertThat(names).containsExactly("Kendal", "Burneside", "Staveley", "LA8 postcode district",
                "LA9 postcode district");
        JsonNode district = places.get("entry").get(4).get("resource");
        assertThat(district.get("address").get("postalCode").asString()).isEqualTo("LA9");
    }

    @Test
    void a_search_answers_a_searchset_with_its_total_self_link_and_full_urls() {
        HttpResponse<String> answer = web.get("/fhir/Organization?identifier="
                + URLEncoder.encode(ODS + "|RTX", StandardCharsets.UTF_8) + "&_format=json");
        JsonNode bundle = JSON.readTree(fhir(answer, 200));

        assertThat(bundle.get("resourceType").asString()).isEqualTo("Bundle");
        assertThat(bundle.get("type").asString()).isEqualTo("searchset");
        assertThat(bundle.get("total").asInt()).isEqualTo(1);
        assertThat(bundle.get("link").get(0).get("relation").asString()).isEqualTo("self");
        assertThat(bundle.get("link").get(0).get("url").asString()).isEqualTo(web.uri("/fhir/Organization")
                + "?identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fods-organization-code%7CRTX");
        String id = bundle.get("entry").get(0).get("resource").get("id").asString();
        assertThat(bundle.get("entry").get(0).get("fullUrl").asString())
                .isEqualTo(web.uri("/fhir/Organization/" + id).toString());
        assertThat(JSON.readTree(fhir(web.get("/fhir/Organization"), 200)).get("total").asInt()).isEqualTo(25);
        assertThat(JSON.readTree(fhir(web.get("/fhir/Organization?name=kend"), 200)).get("total").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/fhir/Organization/no-such-id", "/fhir/Location/" + "00000000-0000-0000-0000-000000000000",
            "/fhir/Patient", "/fhir/Organization/%20", "/fhir"})
    void what_is_not_there_is_a_404_operation_outcome(String path) {
        JsonNode outcome = JSON.readTree(fhir(web.get(path), 404));

        assertThat(outcome.get("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(outcome.get("issue").get(0).get("severity").asString()).isEqualTo("error");
        assertThat(outcome.get("issue").get(0).get("code").asString()).isEqualTo("not-found");
    }

    /** Asserts the answer is FHIR JSON with {@code status}, and returns its body. */
    private static String fhir(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/fhir+json"));
        return answer.body();
    }

    private static List<String> prefixed(String where, List<String> errors) {
        return errors.stream().map(error -> where + ": " + error).toList();
    }
}
