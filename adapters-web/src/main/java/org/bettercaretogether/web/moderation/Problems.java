package org.bettercaretogether.web.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.shared.InvalidValueException;

/**
 * The rules a view entered by staff breaks, field by field, in the words of the rule alone ("must not be blank"):
 * the form, the JSON API and the CSV import each say them their own way ("Row 3: text – must not be blank").
 * One problem per field, the first found: a value that could not be read is not also "missing".
 */
final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    void add(String field, String rule) {
        if (!has(field)) {
            found.add(new FieldProblem(field, rule));
        }
    }

    boolean has(String field) {
        return found.stream().anyMatch(problem -> problem.field().equals(field));
    }

    boolean none() {
        return found.isEmpty();
    }

    List<FieldProblem> list() {
        return List.copyOf(found);
    }

    /** What {@code make} makes, or empty with the rule it broke recorded against {@code field}. */
    <T> Optional<T> check(String field, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (InvalidValueException broken) {
            add(field, broken.rule());
            return Optional.empty();
        }
    }

    /** What {@code make} makes, or empty with the rule it broke recorded against the field the domain names. */
    <T> Optional<T> check(Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (InvalidValueException broken) {
            add(broken.field(), broken.rule());
            return Optional.empty();
        }
    }

    /** The same rejection with its fields renamed as {@code names} says (fields not named keep their name). */
    static Rejection renamed(Rejection rejection, Map<String, String> names) {
        if (rejection instanceof Rejection.InvalidInput invalid) {
            return new Rejection.InvalidInput(invalid.problems().stream().map(problem -> new FieldProblem(
                    names.getOrDefault(problem.field(), problem.field()), problem.problem())).toList());
        }
        return rejection;
    }
}
