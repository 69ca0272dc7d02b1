package org.bettercaretogether.web.moderation;

import java.util.List;

/**
 * A page of the views awaiting an answer in the staff API, soonest due first:
 * {@code {"items": [...], "waiting": 40, "overdue": 3, "next": "..."}}, where {@code waiting} and {@code overdue} count
 * every view waiting (for the asker's organisation, for a responder) and {@code next} is the cursor of the next page,
 * absent on the last.
 */
public record AwaitingAnswerJson(List<StaffFeedbackJson> items, int waiting, int overdue, String next) {

    public AwaitingAnswerJson {
        items = List.copyOf(items);
    }
}
