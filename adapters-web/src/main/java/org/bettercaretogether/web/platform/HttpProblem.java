package org.bettercaretogether.web.platform;

import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;

/**
 * An expected failure a handler reports to the client: thrown from a handler, it becomes an RFC 9457
 * {@code application/problem+json} answer under {@code /api/} and an HTML error page elsewhere, with the
 * status and the client-facing {@code detail} given here (and the field errors, if any).
 *
 * <p>The {@code detail} and field messages are shown to the client as they are: never put internal data,
 * SQL, class names or exception messages in them. Unexpected breakage is not an {@code HttpProblem}: let it
 * escape, and the client gets a generic 500 with an incident id while the exception is logged.
 *
 * <p>It carries no stack trace: it is control flow, not a bug report.
 */
public final class HttpProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String detail;
    private final transient List<FieldError> errors;

    private HttpProblem(int status, String detail, List<FieldError> errors) {
        super(status + " " + detail, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem has a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.detail = Objects.requireNonNull(detail, "detail");
        this.errors = List.copyOf(errors);
    }

    /** 400: the request is malformed or has invalid fields. */
    public static HttpProblem badRequest(String detail, List<FieldError> errors) {
        return new HttpProblem(400, detail, errors);
    }

    /** 400 for invalid fields, with a standard detail. */
    public static HttpProblem invalidFields(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("invalidFields needs at least one field error");
        }
        return new HttpProblem(400, "The request has invalid fields.", errors);
    }

    /** 403: the caller may not do this. */
    public static HttpProblem forbidden(String detail) {
        return new HttpProblem(403, detail, List.of());
    }

    /** 404: the thing asked for does not exist (or is not visible to this caller). */
    public static HttpProblem notFound(String detail) {
        return new HttpProblem(404, detail, List.of());
    }

    /**
     * The value of {@code outcome}; a refusal because the address names nothing is a 404 with {@code detail}, in the
     * words of the link the person followed ("No view has this tracking link..."); any other refusal is answered by
     * the error handling.
     */
    public static <T> T found(Outcome<T> outcome, String detail) {
        return switch (outcome) {
            case Outcome.Done<T>(T value) -> value;
            case Outcome.Rejected<T>(Rejection.NotFound ignored) -> throw notFound(detail);
            case Outcome.Rejected<T>(Rejection other) -> throw new RejectedException(other);
        };
    }

    /** 409: the request conflicts with the current state (e.g. a stale version, a lifecycle step out of order). */
    public static HttpProblem conflict(String detail) {
        return new HttpProblem(409, detail, List.of());
    }

    /** 422: the request is well-formed but breaks a rule of the programme. */
    public static HttpProblem unprocessable(String detail, List<FieldError> errors) {
        return new HttpProblem(422, detail, errors);
    }

    /** Any other 4xx/5xx status, for the rare case the factories above do not cover. */
    public static HttpProblem of(int status, String detail, List<FieldError> errors) {
        return new HttpProblem(status, detail, errors);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
