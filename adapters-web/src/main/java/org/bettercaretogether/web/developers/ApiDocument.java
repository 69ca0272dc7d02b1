package org.bettercaretogether.web.developers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenAPI 3.1 document of the API, kept as a resource beside this class ({@code openapi.json}) and written by hand
 * (design first): it says what the API promises, and the tests hold the routes and the answers to it. Read once, at
 * start-up; its bytes are served as they are, and its operations, grouped by tag, make the reference page.
 */
public record ApiDocument(byte[] json, String title, String description, Map<String, List<Operation>> operationsByTag) {

    /** The name of the resource, beside this class. */
    public static final String RESOURCE = "openapi.json";

    /**
     * One operation, as the reference page lists it: {@code requestBody} is the media type of the body it takes (null
     * when it takes none), and {@code bodyMembers} the members of a JSON body.
     */
    public record Operation(String method, String path, String summary, String description, List<Parameter> parameters,
                            String requestBody, List<Member> bodyMembers, List<Answer> answers, boolean staff) {
    }

    /** A member of a request body: its name, its type in words ("string (uuid)", "one of A, B"), and what it is. */
    public record Member(String name, String type, boolean required, String description) {
    }

    /** A parameter of an operation: where it goes ({@code path}, {@code query}, {@code header}) and what it means. */
    public record Parameter(String name, String in, boolean required, String description) {
    }

    /** A status an operation answers with, and what it means. */
    public record Answer(String status, String description) {
    }

    /** The document as the resource holds it; a service without it could not say what its API is, so it fails. */
    public static ApiDocument load() {
        try (InputStream in = ApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + ApiDocument.class.getName());
            }
            return of(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static ApiDocument of(byte[] json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        JsonNode responses = root.path("components").path("responses");
        JsonNode schemas = root.path("components").path("schemas");
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode op = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : op.path("parameters")) {
                    parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                            parameter.path("required").asBoolean(false), parameter.path("description").asString("")));
                }
                List<Answer> answers = new ArrayList<>();
                for (Map.Entry<String, JsonNode> answer : op.path("responses").properties()) {
                    JsonNode described = resolve(answer.getValue(), responses);
                    answers.add(new Answer(answer.getKey(), described.path("description").asString("")));
                }
                Optional<Map.Entry<String, JsonNode>> body = op.path("requestBody").path("content").properties()
                        .stream().findFirst();
                String requestBody = body.map(Map.Entry::getKey).orElse(null);
                Map<String, Member> bodyMembers = new LinkedHashMap<>();
                body.ifPresent(content -> members(content.getValue().path("schema"), schemas, bodyMembers));
                String tag = op.path("tags").path(0).asString("API");
                byTag.computeIfAbsent(tag, ignored -> new ArrayList<>()).add(new Operation(
                        method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        op.path("summary").asString(""), op.path("description").asString(""), parameters, requestBody,
                        List.copyOf(bodyMembers.values()), answers, op.has("security")));
            }
        }
        return new ApiDocument(json, root.path("info").path("title").asString(),
                root.path("info").path("description").asString(), byTag);
    }

    /**
     * Adds the members of the object {@code schema} describes to {@code members}, by name, its references and allOf
     * followed: a member required by any part is required.
     */
    private static void members(JsonNode schema, JsonNode schemas, Map<String, Member> members) {
        JsonNode resolved = resolve(schema, schemas);
        for (JsonNode part : resolved.path("allOf")) {
            members(part, schemas, members);
        }
        Set<String> required = new HashSet<>();
        resolved.path("required").forEach(name -> required.add(name.asString()));
        for (Map.Entry<String, JsonNode> member : resolved.path("properties").properties()) {
            JsonNode described = resolve(member.getValue(), schemas);
            members.putIfAbsent(member.getKey(), new Member(member.getKey(), type(described, schemas), false,
                    described.path("description").asString("")));
        }
        required.forEach(name -> members.computeIfPresent(name, (ignored, known) ->
                new Member(name, known.type(), true, known.description())));
    }

    /** What {@code schema} allows, in words: its type, format or values, its length, the items of a list. */
    private static String type(JsonNode schema, JsonNode schemas) {
        JsonNode resolved = resolve(schema, schemas);
        if (resolved.has("enum")) {
            List<String> values = new ArrayList<>();
            resolved.get("enum").forEach(value -> values.add(value.asString()));
            return "one of " + String.join(", ", values);
        }
        String type = resolved.path("type").asString("object");
        if (type.equals("array")) {
            return "list of " + type(resolved.path("items"), schemas);
        }
        StringBuilder words = new StringBuilder(type);
        if (resolved.has("format")) {
            words.append(" (").append(resolved.get("format").asString()).append(')');
        }
        if (resolved.has("maxLength")) {
            words.append(", at most ").append(resolved.get("maxLength").asInt()).append(" characters");
        }
        return words.toString();
    }

    /** What {@code node} refers to among the {@code components} of one kind, when it is a reference; else itself. */
    private static JsonNode resolve(JsonNode node, JsonNode components) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            String ref = resolved.get("$ref").asString();
            resolved = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return resolved;
    }
}
