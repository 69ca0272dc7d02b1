package org.bettercaretogether.web.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/** Values no form or API of the service should ever choke on, and ways of sending them that bend the rules. */
final class Naughty {

    /** Text that is hard to take: control characters, broken characters, scripts, markup, SQL, long and empty text. */
    static final List<String> STRINGS = List.of(
            "", " ", "\t", "\r\n", "\u0000", "a\u0000b", "view\u0000", "\u0001", "\u0007bell", "\u0008back",
            "\u000B\u000C", "\u001B[31mred", "\u001F", "\u007F", "\u0080", "\u0085next line", "\u009F",
            "\u2028\u2029", "\uFEFFbom", "\uFFFE\uFFFF", "\uD800", "x\uDC00y", "\uD83D\uDE00", "👍🏽 café",
            "Ω≈ç√∫˜µ≤≥÷", "田中さんにあげて下さい", "مرحبا", "\u202Eevil", "Z̴̡̧͓̗̈́ä̶̝l̷̨̛g̸o̵", "\u200B",
            "null", "undefined", "true", "false", "0", "-1", "-0", "1.5", "NaN", "Infinity", "1e309",
            "99999999999999999999999999999", "-9223372036854775809", "2147483648", "0x1F", "１２３",
            "../../../etc/passwd", "..\\..\\boot.ini", "/", "//", "%", "%00", "%zz", "%C3%28", "+", "&", "=", "?#",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE feedback; --",
            "' OR '1'='1", "\\", "\"", "'", "{}", "[]", "{\"a\":1}", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}",
            "\r\nX-Injected: yes", "a\nb", "PATIENT", "patient", "PUBLISHED", "NO_SUCH_VALUE", "programme",
            "community", "kendal", "KENDAL", "kendal/../x", "LA9", "LA9 4AB", "BCT-0000-0000", "BCT-7KQ3-M9XD",
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "2026-02-30",
            "2026-13-01", "9999-12-31T23:59:59Z", "-999999999-01-01", "25:61", "name@example.com",
            "name@@example", "01539 123456", "+44 (0) 1539", "x".repeat(201), "y".repeat(5_001), "z".repeat(70_000));

    private Naughty() {
    }

    /** {@code text} with a control character or half a surrogate pair put in somewhere: otherwise as valid as it was. */
    static String spoil(String text, SplittableRandom random) {
        String bad = String.valueOf(pick(List.of('\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F',
                '\u0085', '\u009F', '\uD800', '\uDFFF'), random));
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        return text.substring(0, at) + bad + text.substring(at);
    }

    /**
     * Whether {@code text} holds what no text the service keeps may hold: a control character other than tab, line
     * feed and carriage return, or half a surrogate pair. The test's own statement of the rule, so that it still
     * fails when the service's is broken.
     */
    static boolean isRefusedText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    static String string(SplittableRandom random) {
        return STRINGS.get(random.nextInt(STRINGS.size()));
    }

    /** Numbers a field may not expect: huge, negative, fractional, out of every integer type's range. */
    static String number(SplittableRandom random) {
        return switch (random.nextInt(14)) {
            case 0 -> "0";
            case 1 -> "-1";
            case 2 -> "1";
            case 3 -> "2147483648";
            case 4 -> "-2147483649";
            case 5 -> "9223372036854775808";
            case 6 -> "1e309";
            case 7 -> "-1e-400";
            case 8 -> "1.5";
            case 9 -> "123456789012345678901234567890";
            case 10 -> "9".repeat(49);
            case 11 -> "9".repeat(51);
            case 12 -> "1" + "0".repeat(2_000);
            default -> Long.toString(random.nextLong());
        };
    }

    /** {@code text} percent-encoded as UTF-8, now and then bent: raw, with broken escapes, or with bytes that are not UTF-8. */
    static String encode(String text, SplittableRandom random) {
        return switch (random.nextInt(40)) {
            case 0 -> encode(text) + "%";
            case 1 -> encode(text) + "%G1";
            case 2 -> encode(text) + "%C3%28";
            case 3 -> "%FF%FE" + encode(text);
            case 4 -> encode(text) + "%ED%A0%80"; // a surrogate, which UTF-8 may not hold
            case 5 -> encode(text) + "%E2%82"; // a character cut short
            default -> encode(text);
        };
    }

    /** {@code text} percent-encoded as UTF-8. */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    /** A JSON string literal of {@code text}, escaped as JSON must be. */
    static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !validPairAt(text, i)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static boolean validPairAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
