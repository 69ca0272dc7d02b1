package org.bettercaretogether.web.platform;

import java.util.List;
import java.util.function.Function;

/**
 * The JSON envelope of every list the API answers: {@code {"items": [...]}}. An object rather than a bare
 * array, so that a {@code next} cursor can join it when a list is paged without breaking clients.
 */
public record Items<T>(List<T> items) {

    public Items {
        items = List.copyOf(items);
    }

    public static <T> Items<T> of(List<T> items) {
        return new Items<>(items);
    }

    /** Each of {@code found} as {@code each} shows it, in order: {@code Items.of(directory.partners(), PartnerJson::of)}. */
    public static <S, T> Items<T> of(List<S> found, Function<? super S, ? extends T> each) {
        return new Items<>(found.stream().<T>map(each).toList());
    }
}
