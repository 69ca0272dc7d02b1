package org.bettercaretogether.application.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A request for one page of a list ordered by a key: at most {@code limit} items after the position that the cursor
 * of the page before named. Lists are paged by key, never by offset, so a page a thousand deep costs what the first
 * does.
 *
 * @param after the position the page starts after; empty for the first page
 * @param limit how many items the page holds at most
 * @param <P>   the position in the list, such as the time and id of an item
 */
public record PageRequest<P>(Optional<P> after, int limit) {

    /** One page of a list, and the cursor of the next, absent on the last. */
    public record Page<T>(List<T> items, Optional<String> next) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /**
     * The request for a list ordered by a moment, or the refusal of a limit out of 1 to {@code most} or of a cursor
     * this service did not give.
     */
    public static <P> Outcome<PageRequest<P>> of(Optional<String> cursor, int limit, int most,
                                                 BiFunction<Instant, UUID, P> position) {
        return checked(limit, most, () -> KeysetCursor.decode(cursor, position));
    }

    /** The request for a list ordered by a day, refused as {@link #of} refuses. */
    public static <P> Outcome<PageRequest<P>> ofDays(Optional<String> cursor, int limit, int most,
                                                     BiFunction<LocalDate, UUID, P> position) {
        return checked(limit, most, () -> KeysetCursor.decodeDay(cursor, position));
    }

    private static <P> Outcome<PageRequest<P>> checked(int limit, int most, Supplier<Optional<P>> after) {
        if (limit < 1 || limit > most) {
            return Outcome.rejected(Rejection.InvalidInput.of("limit", "must be from 1 to " + most));
        }
        try {
            return Outcome.done(new PageRequest<>(after.get(), limit));
        } catch (IllegalArgumentException malformed) {
            return Outcome.rejected(KeysetCursor.malformed());
        }
    }

    /** How many items to read: one more than the page holds, to know whether another page follows. */
    public int lookAhead() {
        return limit + 1;
    }

    /**
     * The page of {@code found} (read with {@link #lookAhead()}), with the cursor of the next page when there is
     * one: {@code cursorOf} the page's last item.
     */
    public <T> Page<T> page(List<T> found, Function<T, String> cursorOf) {
        boolean more = found.size() > limit;
        List<T> items = more ? found.subList(0, limit) : found;
        return new Page<>(items, more ? Optional.of(cursorOf.apply(items.getLast())) : Optional.empty());
    }
}
