package org.bettercaretogether.benchmarks.scenario;

import java.io.IOException;
import org.bettercaretogether.benchmarks.http.HttpConnection;
import org.bettercaretogether.benchmarks.http.HttpRequest;
import org.bettercaretogether.benchmarks.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the service's JSON answers while a run finds its way around (never while it measures). */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final int EXCERPT = 500;

    private Json() {
    }

    /** The answer's JSON; anything but a 2xx answer stops the run, with what the service said. */
    static JsonNode get(HttpConnection connection, HttpRequest request) throws IOException {
        HttpResponse answer = connection.send(request);
        if (!answer.successful()) {
            String body = answer.text();
            throw new IllegalStateException(request.label() + " answered " + answer.status() + ": "
                    + (body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body));
        }
        return MAPPER.readTree(answer.text());
    }

    /** A 2xx answer's JSON. */
    static JsonNode read(HttpResponse answer) {
        return MAPPER.readTree(answer.text());
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
