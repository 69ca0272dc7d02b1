package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one free-text answer waiting for, or given, a moderator's decision. */
public record FreeTextAnswerId(UUID value) {

    public FreeTextAnswerId {
        Require.present(value, "freeTextAnswerId");
    }

    public static FreeTextAnswerId random() {
        return new FreeTextAnswerId(UUID.randomUUID());
    }

    /** The id written as {@code text}; refused as an invalid value when it is not one. */
    public static FreeTextAnswerId parse(String text) {
        try {
            return new FreeTextAnswerId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidValueException("freeTextAnswerId", "must be the id of a free-text answer");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
