package org.bettercaretogether.domain.community;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.Locale;
import java.util.regex.Pattern;

/** The first half of a UK postcode, naming a district: LA9 is most of Kendal. */
public record PostcodeDistrict(String value) {

    static final String FORMAT_TEXT = "[A-Z]{1,2}[0-9][A-Z0-9]?";
    private static final Pattern FORMAT = Pattern.compile(FORMAT_TEXT);

    public PostcodeDistrict {
        value = Require.present(value, "postcodeDistrict").strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("postcodeDistrict",
                    "must be the first half of a UK postcode, such as LA9 or PR3");
        }
    }

    /** Whether {@code text} has the form of a postcode district. */
    public static boolean looksLikeOne(String text) {
        return FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
