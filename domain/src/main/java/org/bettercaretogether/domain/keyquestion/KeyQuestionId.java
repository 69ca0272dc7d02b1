package org.bettercaretogether.domain.keyquestion;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one key question. */
public record KeyQuestionId(UUID value) {

    public KeyQuestionId {
        Require.present(value, "keyQuestionId");
    }

    public static KeyQuestionId random() {
        return new KeyQuestionId(UUID.randomUUID());
    }

    public static KeyQuestionId parse(String text) {
        try {
            return new KeyQuestionId(UUID.fromString(Require.present(text, "keyQuestionId").strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("keyQuestionId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
