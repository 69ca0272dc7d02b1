package org.bettercaretogether.domain.project;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one community project, whether suggested, listed, declined or closed. */
public record ProjectId(UUID value) {

    public ProjectId {
        Require.present(value, "projectId");
    }

    public static ProjectId random() {
        return new ProjectId(UUID.randomUUID());
    }

    public static ProjectId parse(String text) {
        try {
            return new ProjectId(UUID.fromString(Require.present(text, "projectId").strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("projectId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
