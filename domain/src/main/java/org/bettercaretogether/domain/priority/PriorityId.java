package org.bettercaretogether.domain.priority;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one local priority. */
public record PriorityId(UUID value) {

    public PriorityId {
        Require.present(value, "priorityId");
    }

    public static PriorityId random() {
        return new PriorityId(UUID.randomUUID());
    }

    public static PriorityId parse(String text) {
        try {
            return new PriorityId(UUID.fromString(Require.present(text, "priorityId").strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("priorityId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
