package org.bettercaretogether.domain.meeting;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one registration. */
public record RegistrationId(UUID value) {

    public RegistrationId {
        Require.present(value, "registrationId");
    }

    public static RegistrationId random() {
        return new RegistrationId(UUID.randomUUID());
    }

    public static RegistrationId parse(String text) {
        try {
            return new RegistrationId(UUID.fromString(Require.present(text, "registrationId").strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("registrationId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
