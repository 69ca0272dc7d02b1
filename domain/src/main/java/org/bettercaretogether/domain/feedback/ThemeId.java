package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one theme of the managed list. */
public record ThemeId(UUID value) {

    public ThemeId {
        Require.present(value, "themeId");
    }

    public static ThemeId random() {
        return new ThemeId(UUID.randomUUID());
    }

    public static ThemeId parse(String text) {
        try {
            return new ThemeId(UUID.fromString(Require.present(text, "themeId").strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("themeId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
