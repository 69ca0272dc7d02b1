package org.bettercaretogether.application.security;

import org.bettercaretogether.application.shared.Rejection;

import java.util.Optional;

/**
 * What a password chosen by a person must be: long enough to resist guessing, and not one that people commonly
 * choose (the list that guessing and credential stuffing start with).
 */
final class PasswordRules {

    private PasswordRules() {
    }

    static Optional<Rejection> problem(String field, String password) {
        if (password == null || password.length() < ChangePassword.MINIMUM_LENGTH) {
            return Optional.of(Rejection.InvalidInput.of(field,
                    "must be at least " + ChangePassword.MINIMUM_LENGTH + " characters"));
        }
        if (password.length() > ChangePassword.MAXIMUM_LENGTH) {
            return Optional.of(Rejection.InvalidInput.of(field,
                    "must be at most " + ChangePassword.MAXIMUM_LENGTH + " characters"));
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of(Rejection.InvalidInput.of(field, "must not be one or two characters repeated"));
        }
        if (CommonPasswords.includes(password)) {
            return Optional.of(Rejection.InvalidInput.of(field,
                    "is one of the passwords people use most, which are tried first: choose another"));
        }
        return Optional.empty();
    }
}
