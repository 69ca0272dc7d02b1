package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;

/**
 * The errors of a form shown again to a person, GOV.UK style: an error summary at the top linking to each field
 * ({@code href="#field"}, so {@link FieldError#field()} is the id of the input), and the message again above
 * the field. Templates use {@code @template.platform.error-summary(errors = form.errors())} and
 * {@code errors.of("email")}.
 */
public record FormErrors(List<FieldError> list) {

    private static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        list = List.copyOf(list);
    }

    public static FormErrors none() {
        return NONE;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The first message for {@code field}, or null when it has none. */
    public String of(String field) {
        return list.stream().filter(error -> error.field().equals(field)).map(FieldError::message).findFirst()
                .orElse(null);
    }

    /** Collects a form's errors, field by field. */
    public static final class Builder {

        private final List<FieldError> errors = new ArrayList<>();

        public Builder add(String field, String message) {
            errors.add(new FieldError(field, message));
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public FormErrors build() {
            return new FormErrors(errors);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The field errors of a use case's rejection, worded for a person ("New password must be at least 12
     * characters"), each against the form field that {@code fields} names for the application's field
     * ({@code "newPassword" -> "new-password"}); a field not in {@code fields} goes against {@code otherwise}.
     * A rejection that is not about input becomes one error against {@code otherwise}, in its own words.
     */
    public static FormErrors of(Rejection rejection, Map<String, String> fields, String otherwise) {
        if (rejection instanceof Rejection.InvalidInput invalid) {
            return new FormErrors(invalid.problems().stream().map(problem -> new FieldError(
                    fields.getOrDefault(problem.field(), otherwise),
                    ErrorHandling.sentence(problem.field(), problem.problem()))).toList());
        }
        return new FormErrors(List.of(new FieldError(otherwise, rejection.message())));
    }

    /**
     * The errors of a rejection on a form whose field ids follow the request's field names
     * ({@link #fieldId(String)}): each problem against the field it names, in words ("Postcode district LA99X must
     * be ..."); a rejection that is not about input (a conflict) becomes one error against {@code otherwise}, in its
     * own words.
     */
    public static FormErrors onFields(Rejection rejection, String otherwise) {
        if (rejection instanceof Rejection.InvalidInput invalid) {
            return new FormErrors(invalid.problems().stream().map(problem -> new FieldError(
                    fieldId(problem.field()), ErrorHandling.sentence(problem.field(), problem.problem()))).toList());
        }
        return new FormErrors(List.of(new FieldError(otherwise, rejection.message())));
    }

    /**
     * The same errors in the order their fields come on the page, as the error summary lists them: {@code fields}
     * names each field's id, or the start of a family of ids ({@code identifiers} for
     * {@code identifiers-0-value}...); errors of fields not named keep their order, at the end.
     */
    public FormErrors inOrder(List<String> fields) {
        List<FieldError> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(error -> position(fields, error.field())));
        return new FormErrors(sorted);
    }

    private static int position(List<String> fields, String field) {
        for (int i = 0; i < fields.size(); i++) {
            String known = fields.get(i);
            if (field.equals(known) || field.startsWith(known + "-")) {
                return i;
            }
        }
        return fields.size();
    }

    /**
     * The id (and name) of the form field that stands for a field of a JSON body: {@code name} is {@code name},
     * {@code postcodeDistricts} is {@code postcode-districts}, {@code population.people} is
     * {@code population-people}, {@code identifiers[1].value} is {@code identifiers-1-value}. One rule, so that a
     * problem named in the API's words finds its field on the page.
     */
    public static String fieldId(String field) {
        return field.replaceAll("\\[(\\d+)]", ".$1")
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replace('.', '-')
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Sets on a page that shows a form again the status, and the headers ({@code Retry-After}), that the one
     * error classification gives {@code rejection} everywhere else: 401, 422 (400 when the form sent a control
     * character, see {@link ErrorHandling#forRequest}), 429 and so on.
     */
    public static void answerStatus(Context ctx, Rejection rejection) {
        var failure = ErrorHandling.forRequest(ctx, ErrorHandling.classify(new RejectedException(rejection)));
        ctx.status(failure.status());
        failure.headers().forEach((name, value) -> {
            if (!name.equals("WWW-Authenticate")) { // a form page is not an HTTP authentication challenge
                ctx.header(name, value);
            }
        });
    }
}
