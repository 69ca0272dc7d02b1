package org.bettercaretogether.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Administrators correct the reference data through the staff API: they read a record with its version, send
 * it back corrected, and get it answered in its public shape; a stale version answers 409, invalid input 422.
 */
class CorrectionApiTest {

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    private static String token;

    @BeforeAll
    static void an_administrators_token() {
        token = web.staff().apiToken(web.staff().member(Role.ADMIN));
    }

    @Test
    void a_community_is_read_with_its_version_and_corrected_in_its_public_shape() {
        JsonNode read = json(call("GET", "/api/v1/staff/communities/kendal", null), 200);
        long version = read.get("version").asLong();
        assertThat(read.get("slug").asString()).isEqualTo("kendal");

        var corrected = call("PUT", "/api/v1/staff/communities/kendal", """
                {"version": %d, "name": "Kendal and Burneside", "network": "south-lakes",
                 "towns": ["Kendal", "Burneside"], "postcodeDistricts": ["la8", "LA9"],
                 "coverage": {"source": "Kendal ICC profile", "verified": true},
                 "population": {"people": 40000, "basis": "Registered GP practice population",
                                "source": "Kendal ICC profile", "verified": true},
                 "stage": {"stage": "ESTABLISHED", "reachedOn": "2023-10-01"}}""".formatted(version));

        JsonNode community = json(corrected, 200);
        assertThat(community.get("version").asLong()).isEqualTo(version + 1);
        assertThat(community.get("name").asString()).isEqualTo("Kendal and Burneside");
        assertThat(community.get("postcodeDistricts").toString()).isEqualTo("[\"LA8\",\"LA9\"]");
        assertThat(community.get("coverage").get("approximate").asBoolean()).isFalse();
        assertThat(community.get("population").get("people").asInt()).isEqualTo(40000);
        assertThat(community.get("stage").get("reachedOn").asString()).isEqualTo("2023-10-01");
        JsonNode published = json(web.get("/api/v1/communities/kendal"), 200);
        assertThat(published.get("name").asString()).isEqualTo("Kendal and Burneside");
        assertThat(published.has("version")).isFalse();
    }

    @Test
    void a_stale_version_answers_409_and_changes_nothing() {
        long version = json(call("GET", "/api/v1/staff/communities/east", null), 200).get("version").asLong();
        String body = """
                {"version": %d, "name": "%s", "network": "south-lakes", "towns": ["Sedbergh"],
                 "postcodeDistricts": ["LA10"], "coverage": {"source": "A programme source"}}""";
        json(call("PUT", "/api/v1/staff/communities/east", body.formatted(version, "East Cumbria")), 200);

        var stale = call("PUT", "/api/v1/staff/communities/east", body.formatted(version, "Eastern Dales"));

        assertThat(problem(stale, 409).get("detail").asString()).contains("changed by someone else");
        assertThat(web.application().browseDirectory().community(new Slug("east")).orElseThrow().community().name())
                .isEqualTo("East Cumbria");
    }

    @Test
    void invalid_input_answers_422_naming_each_field_in_the_bodys_own_words() {
        var invalid = call("PUT", "/api/v1/staff/communities/alfred-barrow", """
                {"version": 1, "name": "", "network": "atlantis", "towns": ["Barrow-in-Furness"],
                 "postcodeDistricts": ["LA13", "L14X"], "coverage": {"source": " "},
                 "population": {"people": -5, "basis": "Counted", "source": "A count"},
                 "stage": {"stage": "FLOURISHING", "reachedOn": "2024-01-01"}}""");

        JsonNode problem = problem(invalid, 422);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "network",
                "postcodeDistricts", "coverage.source", "population.people", "stage.stage");
        assertThat(problem.toString()).contains("Postcode district L14X must be the first half of a UK postcode");
        assertThat(web.application().browseDirectory().community(new Slug("alfred-barrow")).orElseThrow()
                .community().name()).isEqualTo("Alfred Barrow");
    }

    @Test
    void a_workstream_naming_a_partner_that_does_not_exist_answers_422() {
        JsonNode read = json(call("GET", "/api/v1/staff/workstreams/out-of-hospital-care", null), 200);

        var invalid = call("PUT", "/api/v1/staff/workstreams/out-of-hospital-care", """
                {"version": %d, "name": "Out of Hospital Care", "scope": "Care outside hospital.",
                 "careSettings": ["HOME"], "phase": "SCOPING", "lead": "%s", "involved": []}"""
                .formatted(read.get("version").asLong(), java.util.UUID.randomUUID()));

        assertThat(problem(invalid, 422).get("errors").findValuesAsString("field")).containsExactly("lead");
    }

    @Test
    void a_partner_and_a_network_are_corrected_and_answered_with_their_new_version() {
        String partnerAddress = "/api/v1/staff/partners/" + MorecambeBay.CUMBRIA_PARTNERSHIP;
        long partnerVersion = json(call("GET", partnerAddress, null), 200).get("version").asLong();
        long networkVersion = json(call("GET", "/api/v1/staff/networks/north-lancashire", null), 200)
                .get("version").asLong();

        JsonNode partner = json(call("PUT", partnerAddress, """
                {"version": %d, "name": "Cumbria Partnership NHS Foundation Trust",
                 "kind": "COMMUNITY_AND_MENTAL_HEALTH_TRUST", "website": "https://www.cumbriapartnership.nhs.uk",
                 "role": "Community and mental health services in Cumbria.",
                 "identifiers": [{"scheme": "ODS", "value": "RNN", "source": "NHS ODS", "verified": true}]}"""
                .formatted(partnerVersion)), 200);
        JsonNode network = json(call("PUT", "/api/v1/staff/networks/north-lancashire", """
                {"version": %d, "name": "North Lancashire", "description": "Lancaster and Morecambe.",
                 "grouping": {"source": "The programme's own list", "verified": true}}""".formatted(networkVersion)), 200);

        assertThat(partner.get("version").asLong()).isEqualTo(partnerVersion + 1);
        assertThat(partner.get("identifiers").get(0).get("verified").asBoolean()).isTrue();
        assertThat(partner.get("history")).isEmpty();
        assertThat(network.get("version").asLong()).isEqualTo(networkVersion + 1);
        assertThat(network.get("description").asString()).isEqualTo("Lancaster and Morecambe.");
        assertThat(network.get("communities")).hasSize(4);
    }

    @Test
    void a_body_that_is_not_json_answers_400() {
        var malformed = web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/networks/furness"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"version\": ")).build());

        problem(malformed, 400);
    }

    private static HttpResponse<String> call(String method, String path, String json) {
        var request = HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return web.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
