package org.bettercaretogether.application.feedback;

import java.util.List;

/** Views waiting for an answer: all of them, and those past their due day (a part of all). */
public record AwaitingAnswer(List<FeedbackForStaff> all, List<FeedbackForStaff> overdue) {
}
