package org.bettercaretogether.web.moderation;

import java.util.List;

/**
 * A page of the moderation queue in the staff API, oldest first: {@code {"items": [...], "waiting": 12, "next": "..."}},
 * where {@code waiting} counts every view waiting and {@code next} is the cursor of the next page, absent on the last.
 */
public record QueueJson(List<StaffFeedbackJson> items, int waiting, String next) {

    public QueueJson {
        items = List.copyOf(items);
    }
}
