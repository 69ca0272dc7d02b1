package org.bettercaretogether.persistence.staff;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.bettercaretogether.application.staff.PasswordHash;
import org.bettercaretogether.application.staff.PasswordHasher;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class Argon2PasswordHasherTest {

    private static final String PASSWORD = "Morecambe Bay 2016!";

    /**
     * Made by the reference implementation of Argon2 (the {@code argon2} command of Debian's package, libargon2),
     * not by password4j: {@code echo -n "Morecambe Bay 2016!" | argon2 bct-test-salt-16 -id -t 2 -k 19456 -p 1 -l 32 -e}.
     */
    private static final String REFERENCE_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$YmN0LXRlc3Qtc2FsdC0xNg$y0Oda/LwHleHjSUB0mMP2oNp01VsNmeX46lVtHgFGB4";

    /** $argon2id$v=19$m=19456,t=2,p=1$ then a 16-byte salt and a 32-byte hash, base64 without padding. */
    private static final Pattern OWASP_MINIMUM = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");

    private final PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void hashes_with_argon2id_at_owasps_minimum_into_a_phc_string() {
        PasswordHash hash = hasher.hash(PASSWORD);

        assertThat(hash.encoded()).startsWith("$argon2id$").contains("m=19456,t=2,p=1").matches(OWASP_MINIMUM);
        String[] parts = hash.encoded().split("\\$");
        assertThat(Base64.getDecoder().decode(parts[4])).as("salt").hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[5])).as("hash").hasSize(32);
    }

    @Test
    void hashing_one_password_twice_gives_two_different_hashes_that_both_verify() {
        PasswordHash first = hasher.hash(PASSWORD);
        PasswordHash second = hasher.hash(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(first.encoded().split("\\$")[4]).as("salt").isNotEqualTo(second.encoded().split("\\$")[4]);
        assertThat(hasher.matches(PASSWORD, first)).isTrue();
        assertThat(hasher.matches(PASSWORD, second)).isTrue();
    }

    @Test
    void a_wrong_password_does_not_match() {
        PasswordHash hash = hasher.hash(PASSWORD);

        assertThat(hasher.matches("Morecambe Bay 2016?", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
        assertThat(hasher.matches(PASSWORD.toLowerCase(), hash)).isFalse();
    }

    @Test
    void checks_passwords_beyond_ascii() {
        PasswordHash hash = hasher.hash("Grüße aus Ulverston ✓");

        assertThat(hasher.matches("Grüße aus Ulverston ✓", hash)).isTrue();
        assertThat(hasher.matches("Grusse aus Ulverston ✓", hash)).isFalse();
    }

    @Test
    void accepts_a_hash_made_by_the_reference_implementation_with_the_same_parameters() {
        PasswordHash reference = new PasswordHash(REFERENCE_HASH);

        assertThat(hasher.matches(PASSWORD, reference)).isTrue();
        assertThat(hasher.matches("Morecambe Bay 2017!", reference)).isFalse();
    }

    @Test
    void nothing_of_the_password_appears_in_the_hash_or_in_what_is_printed() {
        PasswordHash hash = hasher.hash(PASSWORD);
        String base64 = Base64.getEncoder().withoutPadding().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8));

        assertThat(hash.encoded()).doesNotContain(PASSWORD).doesNotContain("Morecambe").doesNotContain("2016")
                .doesNotContain(base64.substring(0, 12));
        assertThat(hash.toString()).doesNotContain(hash.encoded()).doesNotContain(PASSWORD);
        assertThat(hasher.toString()).doesNotContain(PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Morecambe Bay 2016!", "$argon2i$v=19$m=19456,t=2,p=1$YmN0LXRlc3Qtc2FsdC0xNg$y0Oda/LwHleHjSUB0mMP2oNp01VsNmeX46lVtHgFGB4",
            "$argon2id$", "$argon2id$v=19$m=19456,t=2,p=1$", "$argon2id$v=19$m=x,t=2,p=1$YmN0$y0Od",
            "$argon2id$v=19$m=19456,t=2,p=1$@@@@$####", "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"})
    void a_malformed_or_foreign_hash_never_matches(String encoded) {
        assertThat(hasher.matches(PASSWORD, new PasswordHash(encoded))).isFalse();
    }

    @Test
    void neither_logs_nor_prints_anything() {
        Logger password4j = (Logger) LoggerFactory.getLogger("com.password4j");
        Level level = password4j.getLevel();
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        password4j.addAppender(events);
        password4j.setLevel(Level.TRACE);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));

            PasswordHasher fresh = PostgresAdapters.passwordHasher();
            PasswordHash hash = fresh.hash(PASSWORD);
            fresh.matches(PASSWORD, hash);
            fresh.matches("wrong", hash);
            fresh.matches(PASSWORD, new PasswordHash("$argon2id$broken"));
        } finally {
            System.setOut(out);
            System.setErr(err);
            password4j.detachAppender(events);
            password4j.setLevel(level);
        }

        assertThat(events.list).isEmpty();
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void the_adapters_hand_out_this_hasher() {
        assertThat(PostgresAdapters.passwordHasher()).isInstanceOf(Argon2PasswordHasher.class);
    }
}
