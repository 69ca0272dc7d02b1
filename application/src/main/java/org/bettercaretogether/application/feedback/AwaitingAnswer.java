package org.bettercaretogether.application.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A page of the views waiting for an answer, soonest due first (so the overdue ones come first), how many wait in
 * all and how many of those are overdue on {@code today}, and the cursor of the next page.
 */
public record AwaitingAnswer(List<FeedbackForStaff> items, int waiting, int overdue, LocalDate today,
                             Optional<String> next) {

    public AwaitingAnswer {
        items = List.copyOf(items);
    }

    /** Whether a view of the page was due before today. */
    public boolean isOverdue(FeedbackForStaff view) {
        return view.feedback().assignment().orElseThrow().dueOn().isBefore(today);
    }
}
