package org.bettercaretogether.web.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.StaffAddresses;

/** What the corrections of every kind of directory record share: their addresses, and reading what was sent. */
final class Corrections {

    /** The reference-data pages. */
    static final String PAGES = StaffAddresses.PAGES + "/reference-data";
    /** Where the staff API answers directory records: {@code /api/v1/staff/communities/{slug}} and so on. */
    static final String API = StaffAddresses.API;
    /** The form field (and JSON member) carrying the version a correction was read at. */
    static final String VERSION = "version";

    private Corrections() {
    }

    /** The version a form carries; one that is not a number means the form was not ours, and is a problem. */
    static Long version(String text, FieldChecks checks) {
        if (text.matches("[0-9]{1,18}")) {
            return Long.parseLong(text);
        }
        checks.add(VERSION, "The form has no valid version of the record: reload the page and make your change again");
        return null;
    }

    /** Requires the version a JSON correction must quote. */
    static void requireVersion(Long version, FieldChecks checks) {
        checks.version(VERSION, version, "record");
    }

    /** The constant of {@code type} named {@code name}, or empty with a problem naming the ones there are. */
    static <E extends Enum<E>> Optional<E> oneOf(Class<E> type, String name, String field, String label,
                                                 FieldChecks checks) {
        Optional<E> found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            checks.add(field, label + " must be one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
        return found;
    }

    /** Each of {@code names} as {@code make} reads it, or empty with the first problem recorded. */
    static <T> Optional<List<T>> each(List<String> names, Function<String, Optional<T>> make) {
        List<T> values = new ArrayList<>();
        for (String name : names) {
            Optional<T> value = make.apply(name);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        return Optional.of(values);
    }

    /** Lines of text, each stripped, without the empty ones. */
    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
