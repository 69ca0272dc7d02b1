package org.bettercaretogether.bootstrap;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.bettercaretogether.web.platform.RegisteredRoute;
import org.bettercaretogether.web.platform.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /openapi.json} describes exactly the API the running service routes (under {@code /api/}, and the directory
 * as FHIR under {@code /fhir/}), is an OpenAPI 3.1 document by the
 * parser OpenAPI tools use, and the public API's real answers are what its schemas say.
 */
class OpenApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDirectory;

    private static TestDatabase database;
    private static RunningService service;
    private static Http http;
    private static JsonNode document;
    private static OpenApiSchemas schemas;

    @BeforeAll
    static void start() {
        database = TestDatabases.createMigrated("openapi-document");
        service = RunningService.start(SystemTestConfiguration.onSharedServer(database,
                Configuration.embedded(0, dataDirectory)));
        http = new Http(service.port());
        document = JSON.readTree(http.get("/openapi.json").body());
        schemas = new OpenApiSchemas(document);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void every_route_under_api_and_fhir_is_in_the_document_and_every_operation_of_the_document_is_a_route() {
        Set<String> routed = new TreeSet<>();
        for (RegisteredRoute route : service.get(WebServer.class).routes()) {
            boolean api = route.path().startsWith("/api/") || route.path().startsWith("/fhir/");
            if (api && !route.method().equals("HEAD") && !route.method().equals("OPTIONS")) {
                routed.add(route.method() + " " + route.path());
            }
        }
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (String method : path.getValue().propertyNames()) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }

        assertThat(routed).as("routes under /api/ and /fhir/ missing from /openapi.json")
                .isSubsetOf(documented);
        assertThat(documented).as("operations of /openapi.json that no route answers").isSubsetOf(routed);
        assertThat(routed).contains("GET /api/v1/search", "GET /api/hsds/services/{id}", "GET /fhir/Location/{id}");
    }

    @Test
    void the_document_is_openapi_3_1_with_no_error_by_swagger_parser() {
        HttpResponse<String> answer = http.get("/openapi.json");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(answer.body());

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    }

    @Test
    void the_public_apis_requests_and_answers_match_the_schemas_of_the_document() {
        String partner = http.json("/api/v1/partners").get("items").get(0).get("id").asString();
        String network = http.json("/api/v1/networks").get("items").get(0).get("slug").asString();
        String service = http.json("/api/hsds/services").get("contents").get(0).get("id").asString();
        String location = JSON.readTree(http.get("/fhir/Location").body()).get("entry").get(0).get("resource")
                .get("id").asString();
        String view = "{\"about\": \"community\", \"slug\": \"kendal\", \"role\": \"PATIENT\", \"text\": \"The waits "
                + "are long.\", \"consentToContact\": false, \"consentToPublish\": true}";
        HttpResponse<String> given = http.postJson("/api/v1/feedback", view);
        String token = JSON.readTree(given.body()).get("trackingUrl").asString().substring("/track/".length());
        List<String> mismatches = new ArrayList<>();
        schemas.checkRequest("POST", "/api/v1/feedback", "application/json", view, mismatches);
        schemas.checkAnswer("POST", "/api/v1/feedback", given.statusCode(), given.body(), mismatches);
        Map<String, String> addresses = Map.ofEntries(
                Map.entry("/api/v1/partners/{id}", "/api/v1/partners/" + partner),
                Map.entry("/api/v1/networks/{slug}", "/api/v1/networks/" + network),
                Map.entry("/api/v1/places/{query}", "/api/v1/places/Kendal"),
                Map.entry("/api/v1/track/{token}", "/api/v1/track/" + token),
                Map.entry("/api/v1/search", "/api/v1/search?q=what+is"),
                Map.entry("/api/v1/consultations/{slug}", "/api/v1/consultations/no-such-consultation"),
                Map.entry("/api/v1/consultations/{slug}/results", "/api/v1/consultations/no-such-consultation/results"),
                Map.entry("/api/v1/consultation-responses/{token}", "/api/v1/consultation-responses/rnothing"),
                // no project is listed here: the answer checked is the 404 of one there is not
                Map.entry("/api/v1/projects/{id}", "/api/v1/projects/" + java.util.UUID.randomUUID()),
                Map.entry("/api/hsds/organizations/{id}", "/api/hsds/organizations/" + partner),
                Map.entry("/api/hsds/services/{id}", "/api/hsds/services/" + service),
                Map.entry("/fhir/Organization/{id}", "/fhir/Organization/" + partner),
                Map.entry("/fhir/Location/{id}", "/fhir/Location/" + location));
        int checked = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            String template = path.getKey();
            if (!path.getValue().has("get") || template.startsWith("/api/v1/staff")
                    || template.startsWith("/api/v1/meetings/{") || template.startsWith("/api/v1/registrations")) {
                continue;
            }
            String address = addresses.getOrDefault(template, template.replace("/communities/{slug}",
                    "/communities/kendal").replace("/workstreams/{slug}", "/workstreams/elective-care"));
            HttpResponse<String> answer = http.get(address);
            schemas.checkAnswer("GET", template, answer.statusCode(), answer.body(), mismatches);
            checked++;
        }
        HttpResponse<String> notFound = http.get("/api/v1/communities/atlantis");
        schemas.checkAnswer("GET", "/api/v1/communities/{slug}", notFound.statusCode(), notFound.body(), mismatches);
        HttpResponse<String> noSuchLocation = http.get("/fhir/Location/atlantis");
        schemas.checkAnswer("GET", "/fhir/Location/{id}", noSuchLocation.statusCode(), noSuchLocation.body(),
                mismatches);
        HttpResponse<String> pageZero = http.get("/api/hsds/services?page=0");
        schemas.checkAnswer("GET", "/api/hsds/services", pageZero.statusCode(), pageZero.body(), mismatches);

        assertThat(mismatches).isEmpty();
        assertThat(checked).isGreaterThan(34);
    }
}
