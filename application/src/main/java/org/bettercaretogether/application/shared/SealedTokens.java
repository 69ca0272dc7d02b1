package org.bettercaretogether.application.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A private link's token, kept for a retry sealed under the retry's own idempotency key (AES-256-GCM, the key derived
 * from the idempotency key with HMAC-SHA256), so that the service keeps no token anyone could read: only a request
 * presenting the same idempotency key opens it, and that request is the one the answer is for (docs/adr/0012).
 */
public final class SealedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] PURPOSE = "bct sealed token for a retry".getBytes(StandardCharsets.UTF_8);

    private SealedTokens() {
    }

    /** {@code token}, sealed under {@code idempotencyKey}: URL-safe Base64 of a random nonce and the ciphertext. */
    public static String seal(String token, String idempotencyKey) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, idempotencyKey, nonce);
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("every Java runtime has AES-GCM", missing);
        }
    }

    /** The token sealed under {@code idempotencyKey}; empty if it was sealed under another key, or is not a seal. */
    public static Optional<String> open(String sealed, String idempotencyKey) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(sealed);
            if (bytes.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, idempotencyKey, nonce);
            byte[] token = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new String(token, StandardCharsets.UTF_8));
        } catch (AEADBadTagException | IllegalArgumentException notItsSeal) {
            return Optional.empty();
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("every Java runtime has AES-GCM", missing);
        }
    }

    private static Cipher cipher(int mode, String idempotencyKey, byte[] nonce) throws GeneralSecurityException {
        Mac derive = Mac.getInstance("HmacSHA256");
        derive.init(new SecretKeySpec(idempotencyKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] key = derive.doFinal(PURPOSE);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }
}
