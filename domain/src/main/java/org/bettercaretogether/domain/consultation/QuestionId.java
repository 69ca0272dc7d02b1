package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.regex.Pattern;

/**
 * Names one question within its consultation, such as {@code travel-time}: lower-case words joined by hyphens, so
 * that a form field, an API answer and a results download can all refer to it.
 */
public record QuestionId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public QuestionId {
        Require.present(value, "question");
        if (value.length() > 40 || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("question",
                    "must be lower-case letters and digits in words joined by single hyphens, at most 40 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
