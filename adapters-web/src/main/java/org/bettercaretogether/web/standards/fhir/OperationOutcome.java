package org.bettercaretogether.web.standards.fhir;

import java.util.List;

/** A FHIR R4 {@code OperationOutcome}: why a request under {@code /fhir/} failed, as one error issue. */
record OperationOutcome(String resourceType, List<Issue> issue) {

    /** What went wrong: its severity, FHIR's code for its kind, and a sentence for people. */
    record Issue(String severity, String code, String diagnostics) {
    }

    /** The outcome of a failure answered with {@code status}, told in {@code detail}. */
    static OperationOutcome of(int status, String detail) {
        return new OperationOutcome("OperationOutcome", List.of(new Issue("error", issueType(status), detail)));
    }

    /** FHIR's issue type (http://hl7.org/fhir/issue-type) for an HTTP status. */
    private static String issueType(int status) {
        return switch (status) {
            case 400, 413, 415, 422 -> "invalid";
            case 401, 403 -> "security";
            case 404 -> "not-found";
            case 405, 406 -> "not-supported";
            case 409 -> "conflict";
            case 429 -> "throttled";
            case 503 -> "transient";
            default -> status >= 500 ? "exception" : "processing";
        };
    }
}
