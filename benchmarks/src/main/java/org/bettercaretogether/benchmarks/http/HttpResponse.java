package org.bettercaretogether.benchmarks.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An answer read by {@link HttpConnection}: the status, the headers (names in lower case, each with every value it
 * was sent with) and the body, which is empty when the caller asked for it to be discarded.
 */
public record HttpResponse(int status, Map<String, List<String>> headers, byte[] body, long bodyLength) {

    public HttpResponse {
        headers = Map.copyOf(headers);
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** The first value of a header, by name in any case. */
    public Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** Every value of a header, such as each {@code Set-Cookie}. */
    public List<String> headers(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
