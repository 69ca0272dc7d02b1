package org.bettercaretogether.web.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bettercaretogether.application.feedback.TrackedView;
import org.bettercaretogether.web.platform.PublishedItem;

/**
 * Where a view stands, as {@code GET /api/v1/track/{token}} answers it: its status (a {@code FeedbackStatus} name,
 * and in words), its reference, when it was received and what it is about, its published text, the reason it was
 * not published, the partner organisation's answer, the day an answer is due while one is awaited, and its steps.
 * Absent members have no value yet.
 */
public record Tracking(String reference, String status, String statusText, LocalDate receivedOn, String about,
                       String publicText, String withheldBecause, PublishedItem.Answer answer, LocalDate answerDueOn,
                       List<Step> steps) {

    public Tracking {
        steps = List.copyOf(steps);
    }

    /** One thing that happened to the view, and when. */
    public record Step(Instant at, String what) {
    }

    static Tracking of(TrackedView view) {
        return new Tracking(view.reference().value(), view.status().name(), view.status().title(), view.receivedOn(),
                view.about(), view.publicText().orElse(null), view.withheldBecause().orElse(null),
                view.answer().map(PublishedItem.Answer::of).orElse(null), view.answerDueOn().orElse(null),
                view.steps().stream().map(step -> new Step(step.at(), step.what())).toList());
    }
}
