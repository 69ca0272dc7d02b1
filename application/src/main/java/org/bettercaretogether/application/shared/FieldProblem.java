package org.bettercaretogether.application.shared;

/** One rule one field breaks: the field as the use case names it, and the rule in words a person can act on. */
public record FieldProblem(String field, String problem) {
}
