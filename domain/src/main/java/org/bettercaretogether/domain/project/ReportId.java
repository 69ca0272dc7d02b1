package org.bettercaretogether.domain.project;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.UUID;

/** Identifies one report that a project's entry is wrong or that the project has closed. */
public record ReportId(UUID value) {

    public ReportId {
        Require.present(value, "reportId");
    }

    public static ReportId random() {
        return new ReportId(UUID.randomUUID());
    }

    public static ReportId parse(String text) {
        try {
            return new ReportId(UUID.fromString(Require.present(text, "reportId").strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidValueException("reportId", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
