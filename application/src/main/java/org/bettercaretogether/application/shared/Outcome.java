package org.bettercaretogether.application.shared;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.StateConflictException;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** What a use case answers: the result it produced, or the reason it said no. */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Rejected<T>(Rejection rejection) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> rejected(Rejection rejection) {
        return new Rejected<>(rejection);
    }

    static <T> Outcome<T> notFound(String what, Object key) {
        return rejected(new Rejection.NotFound(what, String.valueOf(key)));
    }

    /** The {@code what} found under {@code key}, or that there is none. */
    static <T> Outcome<T> found(Optional<T> found, String what, Object key) {
        return found.map(Outcome::done).orElseGet(() -> notFound(what, key));
    }

    /**
     * What {@code making} makes, or the domain rule it broke as a rejection: an invalid value is invalid input, a step
     * the record's current state does not allow is a conflict.
     */
    static <T> Outcome<T> attempt(Supplier<T> making) {
        try {
            return done(making.get());
        } catch (InvalidValueException broken) {
            return rejected(Rejection.InvalidInput.of(broken));
        } catch (StateConflictException clash) {
            return rejected(new Rejection.Conflict(clash.getMessage()));
        }
    }

    default <U> Outcome<U> map(Function<? super T, ? extends U> mapping) {
        return switch (this) {
            case Done<T> done -> done(mapping.apply(done.value()));
            case Rejected<T> rejected -> rejected(rejected.rejection());
        };
    }

    /** The outcome of a further step that needs this one's result; a rejection is passed on untouched. */
    default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> next) {
        return switch (this) {
            case Done<T> done -> next.apply(done.value());
            case Rejected<T> rejected -> rejected(rejected.rejection());
        };
    }

    /** The result, or a {@link RejectedException} carrying the reason. */
    default T orElseThrow() {
        return switch (this) {
            case Done<T> done -> done.value();
            case Rejected<T> rejected -> throw new RejectedException(rejected.rejection());
        };
    }
}
