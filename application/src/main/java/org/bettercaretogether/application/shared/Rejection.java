package org.bettercaretogether.application.shared;

import org.bettercaretogether.domain.shared.InvalidValueException;

import java.time.Duration;
import java.util.List;

/**
 * Why a use case said no. These are expected answers, not breakage: a record that does not exist, input that
 * breaks a rule, a change that clashes with the record's current state, a person who may not do this or is not
 * signed in, or too many attempts.
 */
public sealed interface Rejection {

    /** A sentence a person can read. */
    String message();

    /** There is no {@code what} known by {@code key}. */
    record NotFound(String what, String key) implements Rejection {
        @Override
        public String message() {
            return "There is no " + what + " '" + key + "'.";
        }
    }

    /** The input breaks one or more rules, each named against its field. */
    record InvalidInput(List<FieldProblem> problems) implements Rejection {
        public InvalidInput {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid input names at least one problem");
            }
        }

        public static InvalidInput of(String field, String problem) {
            return new InvalidInput(List.of(new FieldProblem(field, problem)));
        }

        public static InvalidInput of(InvalidValueException broken) {
            return of(broken.field(), broken.rule());
        }

        @Override
        public String message() {
            return problems.size() == 1 ? problems.getFirst().problem() : "The input breaks " + problems.size() + " rules.";
        }
    }

    /** The request clashes with the current state of the record, for example a change made meanwhile by someone else. */
    record Conflict(String message) implements Rejection {
    }

    /** The person asking may not do this. */
    record Forbidden(String message) implements Rejection {
    }

    /** The person asking is not signed in, or the credentials they gave are not right. */
    record NotSignedIn(String message) implements Rejection {
    }

    /** Too many attempts in too short a time; the person may try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements Rejection {
        @Override
        public String message() {
            long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
            return "There have been too many attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
        }
    }
}
