package org.bettercaretogether.web.platform;

import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem document, as served with {@code application/problem+json}.
 *
 * <p>{@code type} is {@code about:blank} (the status alone says what happened), so {@code title} is the HTTP
 * status phrase. {@code instance} is the path of the request that failed. Extension members: {@code errors}
 * (field-level messages, present only for invalid input) and {@code incident} (present only on server-side
 * failures: the short id that is also in the server log). Absent members are omitted from the JSON, never
 * written as {@code null}.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        String incident) {

    /** The problem type when the status code says it all (RFC 9457, section 4.2.1). */
    public static final String ABOUT_BLANK = "about:blank";

    /** The media type of a problem document. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }
}
