package org.bettercaretogether.web.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.shared.InvalidValueException;

/**
 * The problems found while turning what a client sent (a form or a JSON body) into the domain's values, field
 * by field, so that a person sees every field at fault at once rather than one per attempt.
 *
 * <p>Fields are named as the JSON body names them ({@code name}, {@code population.people},
 * {@code identifiers[1].value}); a form's field ids follow from them ({@link FormErrors#fieldId(String)}). The
 * rules are the domain's own: a value is made with its constructor, and the {@link InvalidValueException} it
 * throws becomes a problem worded for a person ("Postcode district LA99X must be the first half of a UK
 * postcode, such as LA9 or PR3"). What the web adapter checks itself is only that something was given at all.
 *
 * <pre>{@code
 * var checks = new FieldChecks();
 * checks.required("name", name, "Enter a name");
 * Optional<PostcodeDistrict> district = checks.check("postcodeDistricts", "Postcode district " + text,
 *         () -> new PostcodeDistrict(text));
 * Outcome<Community> outcome = checks.outcome(() -> new Community(...));   // rejected: InvalidInput, all problems
 * }</pre>
 */
public final class FieldChecks {

    /** What every form says of an email address it cannot take, in GOV.UK's words. */
    public static final String EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.com";

    /** A field of a record whose constructor checks several: its name in the domain, in the request, and in words. */
    public record Field(String domain, String path, String label) {
    }

    private final List<FieldProblem> problems = new ArrayList<>();

    /**
     * Records a problem of {@code field}, as a sentence a person can act on, unless the field already has one: a
     * person fixes one thing at a time in a field, and a value that could not be read is not also "missing".
     */
    public FieldChecks add(String field, String sentence) {
        if (!has(field)) {
            problems.add(new FieldProblem(field, sentence));
        }
        return this;
    }

    /** Whether {@code field} already has a problem (so a missing value need not be reported twice). */
    public boolean has(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** The problems found so far, in the order found. */
    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** Records {@code sentence} against {@code field} unless {@code value} holds some text; answers whether it does. */
    public boolean required(String field, String value, String sentence) {
        if (value == null || value.isBlank()) {
            add(field, sentence);
            return false;
        }
        return true;
    }

    /** Records {@code sentence} against {@code field} unless {@code value} is there; answers whether it is. */
    public boolean required(String field, Object value, String sentence) {
        if (value == null) {
            add(field, sentence);
            return false;
        }
        return true;
    }

    /**
     * The version of the {@code what} ("meeting") the request quotes as {@code field}, so that a change made meanwhile
     * by someone else is refused rather than overwritten; without one, a problem of the field, and 0.
     */
    public long version(String field, Long version, String what) {
        required(field, version, "Give the version of the " + what + " you read, so that a change made meanwhile by "
                + "someone else is not overwritten");
        return version == null ? 0 : version;
    }

    /**
     * The value {@code make} makes, or empty when it breaks one of the domain's rules, which is then a problem
     * of {@code field} worded "{@code label} {@code rule}".
     */
    public <T> Optional<T> check(String field, String label, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (InvalidValueException broken) {
            add(field, words(label, broken.rule()));
            return Optional.empty();
        }
    }

    /**
     * The value {@code make} makes with a constructor that checks several {@code fields}, or empty when it breaks
     * a rule, which is then a problem of the field the domain names (its path and label as given; a field not
     * given is named as the domain names it).
     */
    public <T> Optional<T> check(Supplier<T> make, Field... fields) {
        try {
            return Optional.of(make.get());
        } catch (InvalidValueException broken) {
            add(broken, fields);
            return Optional.empty();
        }
    }

    /**
     * What {@code make} makes, or empty with the rule it broke recorded against {@code field} in the rule's words
     * alone ("must not be blank"), for a caller that words it its own way ("Row 3: text – must not be blank").
     */
    public <T> Optional<T> rule(String field, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (InvalidValueException broken) {
            add(field == null ? broken.field() : field, broken.rule());
            return Optional.empty();
        }
    }

    /** As {@link #rule(String, Supplier)}, the rule recorded against the field the domain names. */
    public <T> Optional<T> rule(Supplier<T> make) {
        return rule(null, make);
    }

    /**
     * Done with what {@code make} makes when no field had a problem (and {@code make} breaks no rule itself: one
     * it breaks is named as {@code fields} say, or as the domain names it); otherwise rejected as invalid input
     * naming every problem, as a use case would answer.
     */
    public <T> Outcome<T> outcome(Supplier<T> make, Field... fields) {
        if (passed()) {
            try {
                return Outcome.done(make.get());
            } catch (InvalidValueException broken) {
                add(broken, fields);
            }
        }
        return Outcome.rejected(new Rejection.InvalidInput(problems));
    }

    private void add(InvalidValueException broken, Field... fields) {
        for (Field field : fields) {
            if (field.domain().equals(broken.field())) {
                add(field.path(), words(field.label(), broken.rule()));
                return;
            }
        }
        add(broken.field(), ErrorHandling.sentence(broken.field(), broken.rule()));
    }

    /** The same rejection with its fields renamed as {@code names} says (fields not named keep their name). */
    public static Rejection renamed(Rejection rejection, Map<String, String> names) {
        if (rejection instanceof Rejection.InvalidInput invalid) {
            return new Rejection.InvalidInput(invalid.problems().stream().map(problem -> new FieldProblem(
                    names.getOrDefault(problem.field(), problem.field()), problem.problem())).toList());
        }
        return rejection;
    }

    /** "{@code label} {@code rule}", or the rule alone when it is already a sentence (it starts with a capital). */
    public static String words(String label, String rule) {
        return !rule.isEmpty() && Character.isUpperCase(rule.charAt(0)) ? rule : label + " " + rule;
    }
}
