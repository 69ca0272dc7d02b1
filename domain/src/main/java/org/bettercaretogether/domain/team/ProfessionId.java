package org.bettercaretogether.domain.team;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one profession of the managed list. */
public record ProfessionId(UUID value) {

    public ProfessionId {
        Require.present(value, "professionId");
    }

    public static ProfessionId random() {
        return new ProfessionId(UUID.randomUUID());
    }

    public static ProfessionId parse(String text) {
        try {
            return new ProfessionId(UUID.fromString(Require.present(text, "professionId").strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("professionId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
