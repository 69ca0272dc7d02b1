package org.bettercaretogether.application.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The opaque cursor of a paged list: the time and id of the last item of a page, so the next page starts after it
 * whatever was added meanwhile.
 */
public final class KeysetCursor {

    private KeysetCursor() {
    }

    public static String encode(Instant at, UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor names, or empty for a missing or blank cursor.
     *
     * @throws IllegalArgumentException when the text is not a cursor this service gave
     */
    public static <P> Optional<P> decode(Optional<String> cursor, BiFunction<Instant, UUID, P> position) {
        if (cursor.isEmpty() || cursor.get().isBlank()) {
            return Optional.empty();
        }
        String decoded = new String(Base64.getUrlDecoder().decode(cursor.get().strip()), StandardCharsets.UTF_8);
        int bar = decoded.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("no separator");
        }
        try {
            return Optional.of(position.apply(Instant.parse(decoded.substring(0, bar)),
                    UUID.fromString(decoded.substring(bar + 1))));
        } catch (DateTimeParseException badTime) {
            throw new IllegalArgumentException(badTime);
        }
    }

    /** The cursor of a list ordered by a day, then by id. */
    public static String encode(LocalDate day, UUID id) {
        return encode(day.atStartOfDay(ZoneOffset.UTC).toInstant(), id);
    }

    /**
     * The position a cursor of a list ordered by a day names, or empty for a missing or blank cursor.
     *
     * @throws IllegalArgumentException when the text is not a cursor this service gave
     */
    public static <P> Optional<P> decodeDay(Optional<String> cursor, BiFunction<LocalDate, UUID, P> position) {
        return decode(cursor, (at, id) -> position.apply(LocalDate.ofInstant(at, ZoneOffset.UTC), id));
    }

    /** The rejection for a cursor this service did not give. */
    public static Rejection malformed() {
        return Rejection.InvalidInput.of("cursor", "is not a cursor this service gave");
    }
}
