package org.bettercaretogether.web.platform;

import java.util.List;

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
}
