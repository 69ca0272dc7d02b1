package org.bettercaretogether.domain.community;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full UK postcode such as LA9 4AB, in its usual written form: the district, a space, then the sector and
 * unit. It is accepted in any case and with or without the space.
 */
public record Postcode(PostcodeDistrict district, String inwardCode) {

    private static final Pattern WRITTEN = Pattern.compile("(" + PostcodeDistrict.FORMAT_TEXT + ") ?([0-9][A-Z]{2})");

    public Postcode {
        Require.present(district, "district");
        inwardCode = Require.present(inwardCode, "inwardCode").strip().toUpperCase(Locale.ROOT);
        if (!inwardCode.matches("[0-9][A-Z]{2}")) {
            throw new InvalidValueException("postcode", "must end in a digit and two letters, as in LA9 4AB");
        }
    }

    /** Reads a postcode as a person types it: "la9 4ab", "LA94AB". */
    public static Postcode parse(String text) {
        Matcher matcher = WRITTEN.matcher(normalise(Require.present(text, "postcode")));
        if (!matcher.matches()) {
            throw new InvalidValueException("postcode", "must be a full UK postcode, such as LA9 4AB");
        }
        return new Postcode(new PostcodeDistrict(matcher.group(1)), matcher.group(2));
    }

    /** Whether {@code text} has the form of a full postcode. */
    public static boolean looksLikeOne(String text) {
        return WRITTEN.matcher(normalise(text)).matches();
    }

    private static String normalise(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    @Override
    public String toString() {
        return district + " " + inwardCode;
    }
}
