package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one consultation for good; its title and slug may change, this does not. */
public record ConsultationId(UUID value) {

    public ConsultationId {
        Require.present(value, "consultationId");
    }

    public static ConsultationId random() {
        return new ConsultationId(UUID.randomUUID());
    }

    public static ConsultationId parse(String text) {
        try {
            return new ConsultationId(UUID.fromString(Require.present(text, "consultationId").strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("consultationId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
