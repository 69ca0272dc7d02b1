package org.bettercaretogether.domain.change;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one change made. */
public record ChangeId(UUID value) {

    public ChangeId {
        Require.present(value, "changeId");
    }

    public static ChangeId random() {
        return new ChangeId(UUID.randomUUID());
    }

    public static ChangeId parse(String text) {
        try {
            return new ChangeId(UUID.fromString(Require.present(text, "changeId").strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("changeId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
