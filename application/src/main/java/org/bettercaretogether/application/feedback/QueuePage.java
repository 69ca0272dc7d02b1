package org.bettercaretogether.application.feedback;

import java.util.List;
import java.util.Optional;

/** A page of the moderation queue (oldest first), how many wait in all, and the cursor of the next page. */
public record QueuePage(List<FeedbackForStaff> items, int waiting, Optional<String> next) {
}
