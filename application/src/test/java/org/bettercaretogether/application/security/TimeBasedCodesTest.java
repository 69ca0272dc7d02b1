package org.bettercaretogether.application.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimeBasedCodesTest {

    /** RFC 6238, appendix B: the SHA-1 column, eight digits, the ASCII secret "12345678901234567890". */
    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void the_codes_are_those_of_the_rfc_test_vectors(long unixSeconds, String expected) {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        assertThat(TimeBasedCodes.code(secret, TimeBasedCodes.step(Instant.ofEpochSecond(unixSeconds)), 8, "HmacSHA1"))
                .isEqualTo(expected);
    }

    @Test
    void six_digit_codes_are_the_last_six_digits_of_the_rfc_codes() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        assertThat(TimeBasedCodes.code(secret, TimeBasedCodes.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void a_secret_survives_base32_both_ways_as_rfc_4648_writes_it() {
        assertThat(TimeBasedCodes.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        byte[] secret = TimeBasedCodes.newSecret();

        assertThat(TimeBasedCodes.fromBase32(TimeBasedCodes.base32(secret))).isEqualTo(secret);
    }

    @Test
    void the_enrolment_address_names_the_issuer_account_and_secret_as_authenticator_apps_read_them() {
        assertThat(TimeBasedCodes.enrolmentUri("Better Care Together", "ada@example.nhs.uk", new byte[]{0, 0, 0, 0, 0}))
                .isEqualTo("otpauth://totp/Better%20Care%20Together:ada%40example.nhs.uk?secret=AAAAAAAA"
                        + "&issuer=Better%20Care%20Together&algorithm=SHA1&digits=6&period=30");
    }
}
