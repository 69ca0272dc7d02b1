package org.bettercaretogether.domain.partner;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one partner organisation for as long as the programme knows it, whatever it is called. */
public record PartnerId(UUID value) {

    public PartnerId {
        Require.present(value, "partnerId");
    }

    public static PartnerId random() {
        return new PartnerId(UUID.randomUUID());
    }

    /** Reads an id as it appears in an address; anything that is not a UUID is refused. */
    public static PartnerId parse(String text) {
        try {
            return new PartnerId(UUID.fromString(Require.present(text, "partnerId").strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("partnerId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
