package org.bettercaretogether.domain.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The readable part of an address that names a record, such as {@code dalton-and-ulverston} in
 * {@code /communities/dalton-and-ulverston}: lower-case letters and digits in words joined by hyphens.
 */
public record Slug(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 80;

    public Slug {
        Require.present(value, "slug");
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("slug",
                    "must be lower-case letters and digits in words joined by single hyphens, at most "
                            + MAX_LENGTH + " characters");
        }
    }

    /** Makes a slug from a name: {@code "Dalton & Ulverston"} becomes {@code dalton-and-ulverston}. */
    public static Slug fromName(String name) {
        String ascii = Normalizer.normalize(Require.text(name, "name", 200), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replace("&", " and ");
        return new Slug(ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
