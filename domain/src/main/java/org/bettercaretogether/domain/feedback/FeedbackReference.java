package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The reference a person is given when their view is received, such as {@code BCT-7KQ3-M9XD}, to quote when they
 * get in touch. It is short enough to read over the phone and leaves out letters and digits that are easily
 * confused (0 and O, 1 and I and L). It is not a secret: knowing it shows nothing without the private tracking link.
 */
public record FeedbackReference(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("BCT-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    /** One for every reference: it is safe to share, and making one looks its provider up each time. */
    private static final SecureRandom RANDOM = new SecureRandom();

    public FeedbackReference {
        value = Require.text(value, "reference", 20).toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("reference", "must look like BCT-7KQ3-M9XD");
        }
    }

    public static FeedbackReference random() {
        return random(RANDOM);
    }

    public static FeedbackReference random(RandomGenerator random) {
        StringBuilder text = new StringBuilder("BCT-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                text.append('-');
            }
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new FeedbackReference(text.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
