package org.bettercaretogether.application.feedback;

import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.FeedbackStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the holder of a private tracking link sees of their view: where it stands, its published text and answer
 * when there are, and its steps. It holds no contact details and not the original words, in case the link is passed on.
 *
 * @param withheldBecause the reason, when the view was not published
 * @param steps           each step's time and a short description
 */
public record TrackedView(FeedbackReference reference, FeedbackStatus status, LocalDate receivedOn, String about,
                          Optional<String> publicText, Optional<String> withheldBecause,
                          Optional<PublishedAnswer> answer, Optional<LocalDate> answerDueOn, List<Step> steps) {

    public record Step(Instant at, String what) {
    }
}
