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

    /**
     * The rule of {@link #plainText}, in the words {@link InvalidValueException#rule()} gives: a form or an API answer
     * that words the domain's rules its own way can recognise it.
     */
    public static final String CONTROL_CHARACTERS_RULE =
            "must not contain control characters (only letters, figures, punctuation, spaces, tabs and line breaks)";

    /** The rule of {@link #plainText} for half of a character: a UTF-16 surrogate without its other half. */
    public static final String BROKEN_CHARACTERS_RULE = "must not contain broken characters";

    /** Text that must be there, is trimmed, is {@linkplain #plainText plain text}, and is no longer than {@code maxLength} characters. */
    public static String text(String value, String field, int maxLength) {
        present(value, field);
        plainText(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /**
     * Text as a person can type it: no control character other than tab, line feed and carriage return (no NUL, no
     * escape, no backspace, none of the C1 controls U+0080 to U+009F), and no half of a surrogate pair. Every text the
     * programme keeps is held to it ({@link #text} applies it): such characters are never meant, break the pages and
     * files that show the text, and PostgreSQL refuses NUL outright.
     */
    public static String plainText(String value, String field) {
        present(value, field);
        Fault fault = firstFault(value);
        if (fault == Fault.CONTROL) {
            throw new InvalidValueException(field, CONTROL_CHARACTERS_RULE);
        }
        if (fault == Fault.BROKEN) {
            throw new InvalidValueException(field, BROKEN_CHARACTERS_RULE);
        }
        return value;
    }

    /** Whether {@code value} keeps the rule of {@link #plainText}. */
    public static boolean isPlainText(String value) {
        return firstFault(value) == Fault.NONE;
    }

    private enum Fault { NONE, CONTROL, BROKEN }

    private static Fault firstFault(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Fault.CONTROL;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Fault.BROKEN;
            }
        }
        return Fault.NONE;
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
