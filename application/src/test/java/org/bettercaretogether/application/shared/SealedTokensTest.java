package org.bettercaretogether.application.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SealedTokensTest {

    @Test
    void a_sealed_token_opens_with_its_idempotency_key_and_no_other() {
        String token = Secrets.token("v");

        String sealed = SealedTokens.seal(token, "0b8a2f0e-key-of-the-client");

        assertThat(sealed).doesNotContain(token).doesNotContain(token.substring(1, 20));
        assertThat(SealedTokens.open(sealed, "0b8a2f0e-key-of-the-client")).contains(token);
        assertThat(SealedTokens.open(sealed, "0b8a2f0e-key-of-the-clienT")).isEmpty();
        assertThat(SealedTokens.open("forgotten", "0b8a2f0e-key-of-the-client")).isEmpty();
        assertThat(SealedTokens.seal(token, "0b8a2f0e-key-of-the-client")).as("a fresh nonce each time")
                .isNotEqualTo(sealed);
    }
}
