package org.bettercaretogether.benchmarks.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP/1.1 request as {@link HttpConnection} sends it: a method, a path with its query, extra headers and a body
 * (empty for none). {@code Host} and {@code Content-Length} are added by the connection.
 */
public record HttpRequest(String method, String path, Map<String, String> headers, byte[] body) {

    public HttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static HttpRequest get(String path) {
        return new HttpRequest("GET", path, Map.of(), null);
    }

    /** A GET with more headers, such as {@code Authorization} or {@code Cookie}. */
    public static HttpRequest get(String path, Map<String, String> headers) {
        return new HttpRequest("GET", path, headers, null);
    }

    public static HttpRequest post(String path, String contentType, String body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", contentType);
        return new HttpRequest("POST", path, all, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The request line as logs and reports show it, such as {@code GET /communities/kendal}. */
    public String label() {
        return method + " " + path;
    }
}
