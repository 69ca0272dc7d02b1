package org.bettercaretogether.domain.shared;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The checks that every domain constructor makes, each failing with an {@link InvalidValueException}. */
public final class Require {

    private Require() {
    }

    /** A value that must be there. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /** Text that must be there, is trimmed, and is no longer than {@code maxLength} characters. */
    public static String text(String value, String field, int maxLength) {
        present(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /** A number of people or things that must be above zero. */
    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new InvalidValueException(field, "must be greater than zero");
        }
        return value;
    }

    /** An immutable copy of a list with no missing elements. */
    public static <T> List<T> listOf(Collection<? extends T> values, String field) {
        present(values, field);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException(field, "must not contain a missing element");
        }
        return List.copyOf(values);
    }

    /** An immutable copy of a list with no missing and no repeated elements. */
    public static <T> List<T> distinctListOf(Collection<? extends T> values, String field) {
        List<T> copy = listOf(values, field);
        if (Set.copyOf(copy).size() != copy.size()) {
            throw new InvalidValueException(field, "must not repeat an element");
        }
        return copy;
    }

    /** A version of a stored record: zero before it is first stored, counting up with each change. */
    public static long version(long value) {
        if (value < 0) {
            throw new InvalidValueException("version", "must not be negative");
        }
        return value;
    }
}
