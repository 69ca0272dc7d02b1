package org.bettercaretogether.domain.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the personal details that most often slip into a view's text — email addresses, telephone numbers, full
 * postcodes and NHS numbers — so that a moderator sees them flagged and the public text cannot be published with
 * them. Names cannot be found this way; the moderator reads for those.
 */
public final class PersonalDetails {

    /** The kinds of detail found, each with the words used to describe it to a moderator. */
    public enum Kind {
        EMAIL("an email address"),
        NHS_NUMBER("an NHS number"),
        PHONE("a telephone number"),
        POSTCODE("a full postcode");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        /** What the detail is replaced with in a suggested public text. */
        public String placeholder() {
            return "[" + description.substring(description.indexOf(' ') + 1) + " removed]";
        }
    }

    /** A detail found at {@code start} (inclusive) to {@code end} (exclusive) of the text. */
    public record Found(Kind kind, int start, int end) {
    }

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![\\d+])\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?!\\d)");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+44[ ]?(?:\\(0\\)[ ]?)?|\\(?0)\\d{2,4}\\)?(?:[ -]?\\d){6,8}(?!\\d)");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Za-z]{1,2}\\d[A-Za-z\\d]?[ ]*\\d[A-Za-z]{2}(?![A-Za-z0-9])");

    private PersonalDetails() {
    }

    /** Every detail found in {@code text}, in the order they appear, none overlapping another. */
    public static List<Found> findIn(String text) {
        List<Found> candidates = new ArrayList<>();
        // Each pattern tries every position of the text, which is slow on long texts; most texts have no '@' and
        // no digit, without which an address, or a number, phone or postcode, cannot be there.
        if (text.indexOf('@') >= 0) {
            collect(EMAIL, Kind.EMAIL, text, candidates);
        }
        if (!hasDigit(text)) {
            return List.copyOf(candidates);
        }
        Matcher tenDigits = TEN_DIGITS.matcher(text);
        while (tenDigits.find()) {
            if (isNhsNumber(tenDigits.group())) {
                candidates.add(new Found(Kind.NHS_NUMBER, tenDigits.start(), tenDigits.end()));
            }
        }
        collect(PHONE, Kind.PHONE, text, candidates);
        collect(POSTCODE, Kind.POSTCODE, text, candidates);
        List<Found> kept = new ArrayList<>();
        for (Found candidate : candidates) {
            if (kept.stream().noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Found::start));
        return List.copyOf(kept);
    }

    /** The text with each detail found replaced by a placeholder, as a starting point for the public text. */
    public static String redacted(String text) {
        StringBuilder result = new StringBuilder();
        int from = 0;
        for (Found found : findIn(text)) {
            result.append(text, from, found.start()).append(found.kind().placeholder());
            from = found.end();
        }
        return result.append(text.substring(from)).toString();
    }

    /** Whether the text holds a digit in the sense of the patterns' {@code \d}: 0 to 9. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether ten digits carry a valid NHS number check digit (modulus 11). */
    static boolean isNhsNumber(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        if (digits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    private static void collect(Pattern pattern, Kind kind, String text, List<Found> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(new Found(kind, matcher.start(), matcher.end()));
        }
    }
}
