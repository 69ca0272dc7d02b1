package org.bettercaretogether.domain.staff;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one staff account for good; safe to log, unlike the person's email address or name. */
public record StaffMemberId(UUID value) {

    public StaffMemberId {
        Require.present(value, "staffMemberId");
    }

    public static StaffMemberId random() {
        return new StaffMemberId(UUID.randomUUID());
    }

    public static StaffMemberId parse(String text) {
        try {
            return new StaffMemberId(UUID.fromString(Require.present(text, "staffMemberId").strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("staffMemberId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
