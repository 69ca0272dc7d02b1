package org.bettercaretogether.application.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The opaque cursor of a page of search results: the score, date and id of the page's last result, so the next page
 * starts after it. (The lists ordered by time alone use {@code KeysetCursor}; search orders by score first.)
 */
final class SearchCursor {

    private SearchCursor() {
    }

    static String encode(SearchIndex.Position position) {
        String text = position.score() + "|" + position.dated() + "|" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor names, or empty for none.
     *
     * @throws IllegalArgumentException when the text is not a cursor this service gave
     */
    static Optional<SearchIndex.Position> decode(Optional<String> cursor) {
        if (cursor.isEmpty() || cursor.get().isBlank()) {
            return Optional.empty();
        }
        String[] parts = new String(Base64.getUrlDecoder().decode(cursor.get().strip()), StandardCharsets.UTF_8)
                .split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not three parts");
        }
        try {
            return Optional.of(new SearchIndex.Position(Integer.parseInt(parts[0]), Instant.parse(parts[1]),
                    UUID.fromString(parts[2])));
        } catch (DateTimeParseException badTime) {
            throw new IllegalArgumentException(badTime);
        }
    }
}
