package org.bettercaretogether.web.developers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI 3.1 document of the API, kept as a resource beside this class ({@code openapi.json}) and written by hand
 * (design first): it says what the API promises, and the tests hold the routes and the answers to it. Read once, at
 * start-up; its bytes are served as they are, and its operations, grouped by tag, make the reference page.
 */
public record ApiDocument(byte[] json, String title, String description, Map<String, List<Operation>> operationsByTag) {

    /** The name of the resource, beside this class. */
    public static final String RESOURCE = "openapi.json";

    /** One operation, as the reference page lists it. */
    public record Operation(String method, String path, String summary, String description, List<Parameter> parameters,
                            String requestBody, List<Answer> answers, boolean staff) {
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
                    JsonNode described = answer.getValue();
                    if (described.has("$ref")) {
                        String ref = described.get("$ref").asString();
                        described = responses.path(ref.substring(ref.lastIndexOf('/') + 1));
                    }
                    answers.add(new Answer(answer.getKey(), described.path("description").asString("")));
                }
                String requestBody = op.path("requestBody").path("content").properties().stream().findFirst()
                        .map(Map.Entry::getKey).orElse(null);
                String tag = op.path("tags").path(0).asString("API");
                byTag.computeIfAbsent(tag, ignored -> new ArrayList<>()).add(new Operation(
                        method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        op.path("summary").asString(""), op.path("description").asString(""), parameters, requestBody,
                        answers, op.has("security")));
            }
        }
        return new ApiDocument(json, root.path("info").path("title").asString(),
                root.path("info").path("description").asString(), byTag);
    }
}
