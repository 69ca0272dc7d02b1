package org.bettercaretogether.persistence.staff;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import org.bettercaretogether.application.staff.PasswordHash;
import org.bettercaretogether.application.staff.PasswordHasher;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Hashes staff passwords with Argon2id (password4j) at OWASP's minimum for it: 19 MiB of memory, 2 iterations, one
 * lane, a 32-byte hash of a 16-byte random salt. The result is a PHC string, which names its own parameters, such
 * as {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}; a hash is checked with the parameters it names, so
 * hashes made with stronger settings later still verify. One hash takes about 50 to 100 ms of one core.
 *
 * <p>password4j is used through {@link Argon2Function} alone, with a salt from {@link SecureRandom} here: its
 * {@code Password} facade would read an optional {@code psw4j.properties}, log about missing settings and can print
 * a banner, none of which this path does. Thread-safe.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    /** Memory cost in KiB: 19 MiB. */
    public static final int MEMORY_KIB = 19_456;
    /** Passes over the memory. */
    public static final int ITERATIONS = 2;
    /** Lanes computed in parallel. */
    public static final int PARALLELISM = 1;
    /** Length of the hash. */
    public static final int HASH_BYTES = 32;
    /** Length of the random salt. */
    public static final int SALT_BYTES = 16;

    private static final String ARGON2ID = "$argon2id$";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Argon2Function argon2 = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES,
            Argon2.ID, Argon2Function.ARGON2_VERSION_13);

    public Argon2PasswordHasher() {
    }

    /** A new salted hash of {@code password}: hashing the same password twice gives two different hashes. */
    @Override
    public PasswordHash hash(String password) {
        Objects.requireNonNull(password, "password is required");
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(argon2.hash(password.getBytes(StandardCharsets.UTF_8), salt).getResult());
    }

    /** Whether {@code password} is the one {@code hash} was made from; false for anything but an Argon2id hash. */
    @Override
    public boolean matches(String password, PasswordHash hash) {
        Objects.requireNonNull(password, "password is required");
        Objects.requireNonNull(hash, "hash is required");
        String encoded = hash.encoded();
        if (!encoded.startsWith(ARGON2ID)) {
            return false;
        }
        try {
            return Argon2Function.getInstanceFromHash(encoded)
                    .check(password.getBytes(StandardCharsets.UTF_8), encoded.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) { // BadParametersException too
            return false;
        }
    }

    @Override
    public String toString() {
        return "Argon2PasswordHasher[argon2id, m=" + MEMORY_KIB + ", t=" + ITERATIONS + ", p=" + PARALLELISM + "]";
    }
}
