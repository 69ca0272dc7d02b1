package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;

/**
 * How the staff side of a community's life answers a use case's refusal: on a page, input at fault is shown again
 * on its form (422), as is a stale version (409) on a form that asks for it, and anything else (a step out of order,
 * a record that is not there) is answered as the one error handling says — the 409 page tells the person to reload;
 * in the API, every refusal is answered that way, with the problems named in the request's own words.
 */
public final class StaffRejections {

    private StaffRejections() {
    }

    /**
     * The refusal {@code rejection} of input a form is shown again for, the answer's status set (422); anything
     * else is thrown, to be answered by the error handling.
     */
    public static Rejection shownOnForm(Context ctx, Rejection rejection) {
        return shownOnForm(ctx, rejection, Rejection.InvalidInput.class);
    }

    /**
     * As {@link #shownOnForm(Context, Rejection)}, and a refusal of the kinds {@code alsoShown} too: a form that says
     * above what the person typed that someone else changed the record meanwhile ({@code Rejection.Conflict}, 409)
     * keeps what they typed, which the error page would lose.
     */
    @SafeVarargs
    public static Rejection shownOnForm(Context ctx, Rejection rejection, Class<? extends Rejection>... alsoShown) {
        if (!(rejection instanceof Rejection.InvalidInput)
                && Arrays.stream(alsoShown).noneMatch(kind -> kind.isInstance(rejection))) {
            throw new RejectedException(rejection);
        }
        FormErrors.answerStatus(ctx, rejection);
        return rejection;
    }

    /** The value of {@code outcome}, or its refusal (worded by {@code wording}) thrown for the error handling. */
    public static <T> T answer(Outcome<T> outcome, UnaryOperator<Rejection> wording) {
        return switch (outcome) {
            case Outcome.Done<T>(T value) -> value;
            case Outcome.Rejected<T>(Rejection rejection) -> throw new RejectedException(wording.apply(rejection));
        };
    }

    /**
     * The problems of {@code rejection} against the fields of the request: a problem of a field the application
     * names ({@link FieldChecks.Field#domain()}) goes against the request's field ({@link FieldChecks.Field#path()}),
     * worded "{@code label} {@code rule}" unless the rule is already a sentence. Other rejections pass unchanged.
     */
    public static Rejection reworded(Rejection rejection, FieldChecks.Field... fields) {
        if (!(rejection instanceof Rejection.InvalidInput invalid)) {
            return rejection;
        }
        return new Rejection.InvalidInput(invalid.problems().stream().map(problem -> {
            for (FieldChecks.Field field : fields) {
                if (field.domain().equals(problem.field())) {
                    return new FieldProblem(field.path(), FieldChecks.words(field.label(), problem.problem()));
                }
            }
            return problem;
        }).toList());
    }

    /**
     * The version a form quotes, which a form of this service always sends as a number: anything else is not one of
     * its forms (400), and the person is asked to reload the page.
     */
    public static long version(String typed) {
        if (typed == null || !typed.matches("[0-9]{1,18}")) {
            throw HttpProblem.badRequest("The form is not one of this service's: reload the page and try again.",
                    List.of());
        }
        return Long.parseLong(typed);
    }
}
