package org.bettercaretogether.application.project;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.KeysetCursor;
import org.bettercaretogether.domain.project.CommunityProject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A place in the list of projects, which is ordered by name (as Java compares strings) and then id: the next page
 * starts after it whatever was listed meanwhile. Its cursor is opaque to clients.
 */
public record ProjectPosition(String name, UUID id) {

    /** The position of {@code project}. */
    public static ProjectPosition of(CommunityProject project) {
        return new ProjectPosition(project.details().name(), project.id().value());
    }

    /** The cursor of this position. */
    public String cursor() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((id + "|" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names; empty for no cursor; refused for text this service did not give. */
    public static Outcome<Optional<ProjectPosition>> parse(Optional<String> cursor) {
        if (cursor.isEmpty() || cursor.get().isBlank()) {
            return Outcome.done(Optional.empty());
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.get().strip()), StandardCharsets.UTF_8);
            int bar = decoded.indexOf('|');
            return Outcome.done(Optional.of(new ProjectPosition(decoded.substring(bar + 1),
                    UUID.fromString(decoded.substring(0, bar)))));
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            return Outcome.rejected(KeysetCursor.malformed());
        }
    }
}
