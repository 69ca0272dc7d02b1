package org.bettercaretogether.web.feedback;

import java.util.List;
import org.bettercaretogether.web.platform.PublishedItem;

/**
 * A page of published views, newest first: {@code {"items": [...], "next": "..."}}, where {@code next} is the cursor
 * of the page of older views and is absent on the last page.
 */
public record PublishedList(List<PublishedItem> items, String next) {

    public PublishedList {
        items = List.copyOf(items);
    }
}
