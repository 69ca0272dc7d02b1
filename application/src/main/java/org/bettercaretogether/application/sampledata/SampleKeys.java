package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.domain.feedback.FeedbackReference;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The identities, references and tokens of the sample, derived from the seed and each record's number so that a
 * seed always gives the same ones.
 *
 * <p>A view's number counts the views in the database before it, so a later load that appends carries on where the
 * last one stopped: references are a one-to-one scramble of that number, so no two sample views share one, in one
 * load or across several, whatever the seeds. View ids start with the moment the view was received (as UUID version 7
 * does) and end with its number: unique too, and written in nearly the order of the index that keeps them, which
 * spares the database most of the work of a random key.
 */
final class SampleKeys {

    /** Letters and digits of a reference, as {@link FeedbackReference} allows them. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** Each half of a reference has four characters: 31⁴ values. */
    private static final int HALF = 31 * 31 * 31 * 31;
    private static final long[] ROUND_KEYS = {0x5DEECE66DL, 0x2545F4914F6CDD1DL, 0x9E3779B97F4A7C15L, 0xBF58476D1CE4E5B9L};

    private final long seed;

    SampleKeys(long seed) {
        this.seed = seed;
    }

    /** The random choices for record {@code number} of {@code kind}: the same numbers for the same seed, every time. */
    SplittableRandom random(String kind, long number) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + kind.hashCode() * 0xC2B2AE3D27D4EB4FL + number));
    }

    /** The id of the {@code number}th sample record of {@code kind} (a meeting, a change...), from the seed. */
    UUID id(String kind, long number) {
        return UUID.nameUUIDFromBytes(("bettercaretogether:sample:" + seed + ":" + kind + ":" + number)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A view's id: the moment it was received, then its number and some noise, in the layout of UUID version 7. */
    static UUID viewId(Instant receivedAt, long number, long noise) {
        long millis = receivedAt.toEpochMilli();
        long high = (millis << 16) | 0x7000L | (noise & 0x0FFFL);
        long low = 0x8000_0000_0000_0000L | ((number & 0xFF_FFFF_FFFFL) << 22) | ((noise >>> 12) & 0x3F_FFFFL);
        return new UUID(high, low);
    }

    /** The reference of view {@code number}: a scramble of the number, one-to-one over every possible reference. */
    static FeedbackReference reference(long number) {
        if (number < 0 || number >= (long) HALF * HALF) {
            throw new IllegalArgumentException("there are no more references than 31^8");
        }
        // A Feistel network over the two halves is a permutation whatever its round function.
        long left = number / HALF;
        long right = number % HALF;
        for (long key : ROUND_KEYS) {
            long next = Math.floorMod(left + mix(right ^ key), HALF);
            left = right;
            right = next;
        }
        StringBuilder text = new StringBuilder("BCT-");
        appendHalf(text, left);
        text.append('-');
        appendHalf(text, right);
        return new FeedbackReference(text.toString());
    }

    /** A private link's token, in the form the service gives them, from {@code random}. */
    static String token(String prefix, SplittableRandom random) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i += 8) {
            long bits = random.nextLong();
            for (int j = 0; j < 8; j++) {
                bytes[i + j] = (byte) (bits >>> (8 * j));
            }
        }
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void appendHalf(StringBuilder text, long half) {
        char[] digits = new char[4];
        long rest = half;
        for (int i = 3; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (rest % 31));
            rest /= 31;
        }
        text.append(digits);
    }

    /** SplitMix64's finaliser: spreads nearby numbers far apart. */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
