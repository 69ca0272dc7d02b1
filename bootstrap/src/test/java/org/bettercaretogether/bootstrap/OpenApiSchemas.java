package org.bettercaretogether.bootstrap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/**
 * Holds requests and answers to what {@code /openapi.json} says of them: a request's body against its operation's
 * request body schema, an answer's body against the schema of the status it came with. Each mismatch is a line naming
 * the operation, so that a test can list them all at once.
 */
final class OpenApiSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** JSON Schema 2020-12, its formats (uuid, date, date-time, email, uri) asserted rather than only noted. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()));

    private final JsonNode document;

    OpenApiSchemas(JsonNode document) {
        this.document = document;
    }

    /** The operation {@code method path} of the document; an operation it does not have fails the test. */
    JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            throw new AssertionError("/openapi.json has no operation " + method + " " + path);
        }
        return operation;
    }

    /** Notes where {@code body} is not what the document says {@code method path} answers with {@code status}. */
    void checkAnswer(String method, String path, int status, String body, List<String> mismatches) {
        JsonNode response = operation(method, path).path("responses").get(String.valueOf(status));
        if (response == null) {
            mismatches.add(method + " " + path + " answered " + status + ", which the document does not list");
            return;
        }
        if (response.has("$ref")) {
            String ref = response.get("$ref").asString();
            response = document.get("components").get("responses").get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (!response.has("content")) {
            if (!body.isEmpty()) {
                mismatches.add(method + " " + path + " " + status + " has a body, which the document does not say");
            }
            return;
        }
        // The answer's one media type: JSON, a problem document, or FHIR JSON.
        JsonNode schema = response.get("content").values().iterator().next().get("schema");
        validate(schema, JSON.readTree(body), method + " " + path + " " + status, mismatches);
    }

    /**
     * Notes where {@code body}, sent as {@code mediaType}, is not what the document says {@code method path} takes;
     * a JSON body is checked as JSON, any other (such as CSV) as the string it is.
     */
    void checkRequest(String method, String path, String mediaType, String body, List<String> mismatches) {
        JsonNode content = operation(method, path).path("requestBody").path("content").path(mediaType);
        if (content.isMissingNode()) {
            mismatches.add(method + " " + path + " was sent a body as " + mediaType + ", which the document does not "
                    + "say it takes");
            return;
        }
        JsonNode sent = mediaType.equals("application/json") ? JSON.readTree(body) : JSON.getNodeFactory()
                .stringNode(body);
        validate(content.get("schema"), sent, "request of " + method + " " + path, mismatches);
    }

    private void validate(JsonNode schemaNode, JsonNode instance, String what, List<String> mismatches) {
        // The schema with the document's components beside it, so that its references resolve.
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.set("allOf", JSON.createArrayNode().add(schemaNode));
        schema.set("components", document.get("components"));
        Schema validator = REGISTRY.getSchema(SchemaLocation.of("https://bettercaretogether.example/openapi.json"),
                schema);
        validator.validate(instance).forEach(error -> mismatches.add(what + ": " + error.getMessage()));
    }
}
