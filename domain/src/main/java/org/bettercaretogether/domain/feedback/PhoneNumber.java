package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.regex.Pattern;

/**
 * A telephone number a person gave so that they can be called back: digits with optional spaces, brackets,
 * dashes and a leading +, and between 10 and 15 digits in all. It is personal data, hidden by {@link #toString()}.
 */
public record PhoneNumber(String value) {

    /** How many of the last digits tell two numbers apart: see {@link #lastTenDigits()}. */
    public static final int MATCHED_DIGITS = 10;

    private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9 ()\\-]+");

    public PhoneNumber {
        value = Require.text(value, "phone", 30);
        long digits = value.chars().filter(Character::isDigit).count();
        if (!ALLOWED.matcher(value).matches() || digits < 10 || digits > 15) {
            throw new InvalidValueException("phone", "must be a telephone number, like 01539 123456");
        }
    }

    /**
     * The digits by which two ways of writing one number are known to be the same: its last ten. Spaces, brackets and
     * dashes differ from one writing to the next, and so does the start ({@code 01539 123456},
     * {@code +44 1539 123456}), but a UK number's last ten digits do not.
     */
    public String lastTenDigits() {
        String digits = value.replaceAll("[^0-9]", "");
        return digits.substring(digits.length() - MATCHED_DIGITS);
    }

    /** Whether {@code other} is this number, however each is written. */
    public boolean sameNumberAs(PhoneNumber other) {
        return lastTenDigits().equals(other.lastTenDigits());
    }

    @Override
    public String toString() {
        return "PhoneNumber[hidden]";
    }
}
