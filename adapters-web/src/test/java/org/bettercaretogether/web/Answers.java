package org.bettercaretogether.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What kind of answer the server gave: JSON, a problem document or an HTML page, each with its status. */
public final class Answers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Answers() {
    }

    /** Asserts the answer is JSON with {@code status}, and returns the document. */
    public static JsonNode json(HttpResponse<String> response, int status) {
        assertStatusAndType(response, status, "application/json");
        return JSON.readTree(response.body());
    }

    /**
     * Asserts the answer is an RFC 9457 problem document with {@code status}, both on the response and in the
     * document's {@code status} member, and returns the document.
     */
    public static JsonNode problem(HttpResponse<String> response, int status) {
        assertStatusAndType(response, status, "application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).as("the problem's status member").isEqualTo(status);
        return problem;
    }

    /** The fields a problem document names in its {@code errors}, in order. */
    public static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    /**
     * Asserts the answer is an HTML page in the layout (a page or an error page) with {@code status}, declared
     * UTF-8, and returns its body.
     */
    public static String page(HttpResponse<String> response, int status) {
        assertThat(assertStatusAndType(response, status, "text/html")).containsIgnoringCase("charset=utf-8");
        assertThat(response.body()).startsWith("<!DOCTYPE html>");
        return response.body();
    }

    /** Asserts the status and that the Content-Type starts with {@code type}, and returns the Content-Type. */
    private static String assertStatusAndType(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.uri() + ": Content-Type")
                .hasValueSatisfying(value -> assertThat(value).startsWith(type));
        return response.headers().firstValue("Content-Type").orElseThrow();
    }
}
