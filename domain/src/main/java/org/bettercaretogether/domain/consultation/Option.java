package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.regex.Pattern;

/**
 * One answer a person may choose: its code (lower-case words joined by hyphens, what answers and results name) and
 * the label people read.
 */
public record Option(String code, String label) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Option {
        Require.present(code, "options");
        if (code.length() > 40 || !FORMAT.matcher(code).matches()) {
            throw new InvalidValueException("options",
                    "must have codes of lower-case letters and digits in words joined by single hyphens, at most 40 characters");
        }
        label = Require.text(label, "options", 200);
    }
}
