package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reading which part of a long list a request asks for, and linking a page of it to the next, the same way for every
 * list: a list is read a page at a time from the key the application gave with the page before ({@code ?cursor=}),
 * and the API may ask for more or fewer at a time ({@code ?limit=}). The use case refuses a cursor it did not give, or
 * a limit out of range (422).
 */
public final class Paging {

    /** The query parameter of the key to the next part of a list. */
    public static final String CURSOR = "cursor";

    private static final String LIMIT = "limit";

    private Paging() {
    }

    /** The cursor the request gives, if it gives one that is not blank. */
    public static Optional<String> cursor(Context ctx) {
        return Optional.ofNullable(ctx.queryParam(CURSOR)).filter(cursor -> !cursor.isBlank());
    }

    /** How many items at most the request asks for, or {@code otherwise}; one that is not a number is a 400. */
    public static int limit(Context ctx, int otherwise) {
        return ctx.queryParamAsClass(LIMIT, Integer.class).getOrDefault(otherwise);
    }

    /**
     * The address of the page after the one shown, when there is one: {@code first} (the list's first page, its
     * query kept) with the cursor {@code next}; otherwise null.
     */
    public static String next(String first, Optional<String> next) {
        return next.map(cursor -> first + (first.contains("?") ? "&" : "?") + CURSOR + "="
                + URLEncoder.encode(cursor, StandardCharsets.UTF_8)).orElse(null);
    }

    /** The address of the list's first page, to go back to from a later one ({@code cursor} given); otherwise null. */
    public static String first(String first, Optional<String> cursor) {
        return cursor.isPresent() ? first : null;
    }
}
