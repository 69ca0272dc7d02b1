package org.bettercaretogether.web.standards.hsds;

import io.javalin.http.Context;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One page of a list, in the envelope the HSDS API reference defines ({@code Page}) with the page's items in
 * {@code contents}. Pages are numbered from 1 ({@code ?page=}), {@value #DEFAULT_SIZE} items to a page unless
 * {@code ?per_page=} asks for 1 to {@value #LARGEST_SIZE}; a page past the last is empty. {@code size} is the
 * number of items on this page, as the reference says.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record HsdsPage<T>(int totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
                   boolean empty, List<T> contents) {

    static final int DEFAULT_SIZE = 50;
    static final int LARGEST_SIZE = 100;

    /**
     * The page of {@code all} the request asks for; a page or size that is not a number in range is a 400 (the checks
     * see null when the request does not give one).
     */
    static <T> HsdsPage<T> of(Context ctx, List<T> all) {
        int number = ctx.queryParamAsClass("page", Integer.class)
                .check(page -> page == null || page >= 1, "page must be a whole number from 1").getOrDefault(1);
        int perPage = ctx.queryParamAsClass("per_page", Integer.class)
                .check(size -> size == null || size >= 1 && size <= LARGEST_SIZE,
                        "per_page must be a whole number from 1 to " + LARGEST_SIZE)
                .getOrDefault(DEFAULT_SIZE);
        int totalPages = (all.size() + perPage - 1) / perPage;
        long from = (long) (number - 1) * perPage;
        List<T> contents = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + perPage));
        return new HsdsPage<>(all.size(), totalPages, number, contents.size(), number == 1, number >= totalPages,
                contents.isEmpty(), List.copyOf(contents));
    }
}
