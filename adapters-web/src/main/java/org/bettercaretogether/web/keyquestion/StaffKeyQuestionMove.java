package org.bettercaretogether.web.keyquestion;

/**
 * Moving a key question one place up or down, as {@code POST /api/v1/staff/key-questions/{id}/move-up} (or
 * {@code .../move-down}) takes it: {@code {"version": 2}}, the version the question was read at.
 */
public record StaffKeyQuestionMove(Long version) {
}
