package org.bettercaretogether.web.standards;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Open Referral's own HSDS 3.0 schemas, as kept in {@code src/test/resources/hsds-3.0} (see its README): an answer is
 * checked against the schema the HSDS API reference ({@code openapi.json}) gives for the operation's 200 answer, the
 * reference's own {@code Page} envelope and its links to the compiled schemas included, those links read from the
 * copies here rather than from the web. Formats (uuid, uri, email, date-time) are asserted, not only noted.
 */
final class HsdsSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Where the API reference says its compiled schemas are published; read here from the copies beside it. */
    private static final String PUBLISHED = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/";

    private final JsonNode reference = read("openapi.json");
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaIdResolvers(ids -> ids.mapPrefix(PUBLISHED, "classpath:hsds-3.0/"))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    /**
     * What is wrong with {@code answer} as the 200 answer of {@code GET path} of the HSDS API reference ({@code path}
     * as the reference writes it, {@code /organizations/{id}}); nothing when it is valid.
     */
    List<String> errors(String path, JsonNode answer) {
        JsonNode schema = reference.get("paths").get(path).get("get").get("responses").get("200").get("content")
                .get("application/json").get("schema");
        // The operation's schema with the reference's components beside it, so that #/components/... resolves.
        ObjectNode document = JSON.createObjectNode();
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        document.set("allOf", JSON.createArrayNode().add(schema));
        document.set("components", reference.get("components"));
        List<String> errors = new ArrayList<>();
        registry.getSchema(SchemaLocation.of("https://hsds.example/openapi.json"), document).validate(answer)
                .forEach(error -> errors.add(path + ": " + error.getMessage()));
        return errors;
    }

    /** The names of the members of the reference's {@code Page} envelope. */
    List<String> pageMembers() {
        List<String> names = new ArrayList<>();
        reference.get("components").get("schemas").get("Page").get("properties").propertyNames().forEach(names::add);
        return names;
    }

    private static JsonNode read(String name) {
        try (InputStream in = HsdsSchemas.class.getResourceAsStream("/hsds-3.0/" + name)) {
            return JSON.readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
