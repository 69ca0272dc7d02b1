package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.regex.Pattern;

/**
 * A telephone number a person gave so that they can be called back: digits with optional spaces, brackets,
 * dashes and a leading +, and between 10 and 15 digits in all. It is personal data, hidden by {@link #toString()}.
 */
public record PhoneNumber(String value) {

    private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9 ()\\-]+");

    public PhoneNumber {
        value = Require.text(value, "phone", 30);
        long digits = value.chars().filter(Character::isDigit).count();
        if (!ALLOWED.matcher(value).matches() || digits < 10 || digits > 15) {
            throw new InvalidValueException("phone", "must be a telephone number, like 01539 123456");
        }
    }

    @Override
    public String toString() {
        return "PhoneNumber[hidden]";
    }
}
