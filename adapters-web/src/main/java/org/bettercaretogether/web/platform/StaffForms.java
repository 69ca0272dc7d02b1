package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;

/**
 * How a staff form is answered once its use case has: done, the browser is sent on (303) to the page that says so,
 * so that reloading it does not send the form again; refused for input at fault, the form is shown again with the
 * refusal against its fields (422), as is a change made meanwhile by someone else (409) on a form that says so above
 * what the person typed; any other refusal is answered by the error handling (see {@link StaffRejections}).
 *
 * <pre>{@code
 * KeyQuestionForm form = KeyQuestionForm.read(ctx);
 * StaffForms.answer(ctx, checks -> form.body(null).draft(checks).flatMap(draft -> manage.add(actor, draft)),
 *         added -> PAGES + "?saved=added",
 *         refused -> render(ctx, form, KeyQuestionForm.errors(refused)));
 * }</pre>
 *
 * A form whose fields are checked first is handed a new {@link FieldChecks} to check them into, before it calls its
 * use case; one that needs no checks hands over the use case's outcome itself.
 */
public final class StaffForms {

    private StaffForms() {
    }

    /** What a form sent, checked into {@code checks}, then handed to its use case. */
    @FunctionalInterface
    public interface Checked<T> {

        Outcome<T> apply(FieldChecks checks);
    }

    /**
     * As {@link #answer(Context, Outcome, Function, Consumer, Class)}, for the outcome of a form's fields checked into
     * a new {@link FieldChecks} by {@code checked}, which then calls the use case.
     */
    @SafeVarargs
    public static <T> void answer(Context ctx, Checked<T> checked, Function<? super T, String> next,
                                  Consumer<Rejection> showAgain, Class<? extends Rejection>... alsoShown) {
        StaffForms.<T>answerWith(ctx, checked.apply(new FieldChecks()),
                done -> ctx.redirect(next.apply(done), HttpStatus.SEE_OTHER), showAgain, alsoShown);
    }

    /**
     * Sends the browser to the address {@code next} gives for what was done, or shows the form again through
     * {@code showAgain} with a refusal of invalid input (its status set); any other refusal is thrown.
     */
    public static <T> void answer(Context ctx, Outcome<T> outcome, Function<? super T, String> next,
                                  Consumer<Rejection> showAgain) {
        answer(ctx, outcome, next, showAgain, Rejection.InvalidInput.class);
    }

    /** As {@link #answer(Context, Outcome, Function, Consumer)}, and a refusal of the kind {@code alsoShown} too. */
    public static <T> void answer(Context ctx, Outcome<T> outcome, Function<? super T, String> next,
                                  Consumer<Rejection> showAgain, Class<? extends Rejection> alsoShown) {
        answerWith(ctx, outcome, done -> ctx.redirect(next.apply(done), HttpStatus.SEE_OTHER), showAgain, alsoShown);
    }

    /**
     * As {@link #answer(Context, Outcome, Function, Consumer)}, what was done answered by {@code done} rather than by
     * a redirect: a page shown this once (a new password, a new token), or a session started before going on. A
     * refusal of invalid input, or of one of the kinds {@code alsoShown}, shows the form again through
     * {@code showAgain} (its status set); any other is thrown.
     */
    @SafeVarargs
    public static <T> void answerWith(Context ctx, Outcome<T> outcome, Consumer<? super T> done,
                                      Consumer<Rejection> showAgain, Class<? extends Rejection>... alsoShown) {
        switch (outcome) {
            case Outcome.Done<T>(T value) -> done.accept(value);
            case Outcome.Rejected<T>(Rejection rejection) ->
                    showAgain.accept(StaffRejections.shownOnForm(ctx, rejection, alsoShown));
        }
    }
}
