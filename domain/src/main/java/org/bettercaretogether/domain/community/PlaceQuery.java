package org.bettercaretogether.domain.community;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a person types to find their Integrated Care Community: a town, a postcode district or a full postcode.
 * Town names are compared without regard to case, accents, hyphens or punctuation, and a first word is enough:
 * "barrow" finds Barrow-in-Furness.
 */
public sealed interface PlaceQuery {

    int MAX_LENGTH = 100;

    /** The query as the person gave it, trimmed. */
    String asGiven();

    /** Reads what a person typed. Blank text, or text with no letter in it, is not a place. */
    static PlaceQuery parse(String text) {
        String given = Require.text(text, "place", MAX_LENGTH);
        if (Postcode.looksLikeOne(given)) {
            return new FullPostcode(Postcode.parse(given), given);
        }
        if (PostcodeDistrict.looksLikeOne(given)) {
            return new District(new PostcodeDistrict(given), given);
        }
        String words = simplify(given);
        if (!words.matches(".*[a-z].*")) {
            throw new InvalidValueException("place", "must be a town, a postcode district such as LA9, or a postcode");
        }
        return new Town(words, given);
    }

    /** Lower case, accents and punctuation removed, words separated by single spaces. */
    static String simplify(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }

    /** A town or village, or the name of a community itself. */
    record Town(String words, String asGiven) implements PlaceQuery {

        /** Whether this query names {@code placeName}, or its first words. */
        public boolean names(String placeName) {
            String place = simplify(placeName);
            return place.equals(words) || place.startsWith(words + " ");
        }
    }

    /** A postcode district such as LA9. */
    record District(PostcodeDistrict district, String asGiven) implements PlaceQuery {
    }

    /** A full postcode such as LA9 4AB; its district decides. */
    record FullPostcode(Postcode postcode, String asGiven) implements PlaceQuery {
    }
}
