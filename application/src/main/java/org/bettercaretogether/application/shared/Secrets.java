package org.bettercaretogether.application.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable tokens and their hashes. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final char[] READABLE = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679".toCharArray();

    private Secrets() {
    }

    /** 256 random bits, URL-safe, with a prefix saying what it is for (e.g. {@code bct_}). */
    public static String token(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A one-time password a person can type: {@code length} characters from an unambiguous alphabet. */
    public static String readablePassword(int length) {
        char[] password = new char[length];
        for (int i = 0; i < length; i++) {
            password[i] = READABLE[RANDOM.nextInt(READABLE.length)];
        }
        return new String(password);
    }

    /** SHA-256, hex: how tokens and keys are kept and compared. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    /** Compares two secrets in time that does not depend on where they differ. */
    public static boolean sameSecret(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
