package org.bettercaretogether.application.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A short passage of a result's public text around the words searched for: its parts in order, each either plain text
 * or a match. The parts are text only, never markup; whoever shows them escapes them and marks the matches its own way.
 */
public record Snippet(List<Part> parts) {

    /** A piece of the passage; {@code match} when it is one of the words searched for. */
    public record Part(String text, boolean match) {
        public Part {
            Objects.requireNonNull(text, "text");
        }
    }

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** The passage as plain text. */
    public String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }
}
