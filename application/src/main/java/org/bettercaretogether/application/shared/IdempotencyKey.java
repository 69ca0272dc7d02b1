package org.bettercaretogether.application.shared;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

/** A client's name for one request, so that retrying it cannot create a second view: 1 to 200 visible characters. */
public record IdempotencyKey(String value) {

    public IdempotencyKey {
        value = Require.text(value, "Idempotency-Key", 200);
        if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidValueException("Idempotency-Key", "must be visible ASCII characters without spaces");
        }
    }

    @Override
    public String toString() {
        return "IdempotencyKey[hidden]";
    }
}
