package org.bettercaretogether.application.opendata;

import java.util.Objects;

/**
 * One column of an open data set, as its data dictionary describes it: the name it has in the files (the CSV header
 * and the JSON property), the kind of value it holds and what that value means.
 */
public record OpenDataColumn(String name, Type type, String meaning) {

    /** The kinds of value a column holds, each written the same way in every file. */
    public enum Type {
        IDENTIFIER("identifier", "a UUID, the same in every edition and in the API"),
        TEXT("text", "plain text, UTF-8"),
        CODE("code", "one of the values listed with the column"),
        LIST("list", "texts separated by a semicolon and a space"),
        WHOLE_NUMBER("whole number", "digits, no separators"),
        DECIMAL("decimal", "digits with a full stop before the fraction"),
        DATE("date", "a day as YYYY-MM-DD"),
        TIMESTAMP("date and time", "an instant in UTC, ISO 8601, such as 2025-03-04T10:15:30Z"),
        YES_NO("true or false", "true or false");

        private final String title;
        private final String format;

        Type(String title, String format) {
            this.title = title;
            this.format = format;
        }

        /** What the dictionary calls it. */
        public String title() {
            return title;
        }

        /** How a value of it is written. */
        public String format() {
            return format;
        }
    }

    public OpenDataColumn {
        Objects.requireNonNull(type, "type");
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a column's name is lower case, digits and underscores: " + name);
        }
        if (meaning == null || meaning.isBlank()) {
            throw new IllegalArgumentException("column " + name + " needs its meaning, for the data dictionary");
        }
    }
}
