package org.bettercaretogether.web.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bettercaretogether.application.feedback.PublishedAnswer;
import org.bettercaretogether.application.feedback.TrackedView;

/**
 * Where a view stands, as {@code GET /api/v1/track/{token}} answers it: its status (a {@code FeedbackStatus} name,
 * and in words), its reference, when it was received and what it is about, its published text, the reason it was
 * not published, the partner organisation's answer, the day an answer is due while one is awaited, and its steps.
 * Absent members have no value yet.
 */
public record Tracking(String reference, String status, String statusText, LocalDate receivedOn, String about,
                       String publicText, String withheldBecause, Answer answer, LocalDate answerDueOn,
                       List<Step> steps) {

    public Tracking {
        steps = List.copyOf(steps);
    }

    /** The answer of the partner organisation the view was given to. */
    public record Answer(String partner, String text, LocalDate answeredOn) {

        static Answer of(PublishedAnswer answer) {
            return new Answer(answer.partnerName(), answer.text(), answer.answeredOn());
        }
    }

    /** One thing that happened to the view, and when. */
    public record Step(Instant at, String what) {
    }

    static Tracking of(TrackedView view) {
        return new Tracking(view.reference().value(), view.status().name(), view.status().title(), view.receivedOn(),
                view.about(), view.publicText().orElse(null), view.withheldBecause().orElse(null),
                view.answer().map(Answer::of).orElse(null), view.answerDueOn().orElse(null),
                view.steps().stream().map(step -> new Step(step.at(), step.what())).toList());
    }
}
