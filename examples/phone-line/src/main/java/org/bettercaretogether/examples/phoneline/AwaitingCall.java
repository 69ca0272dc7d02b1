package org.bettercaretogether.examples.phoneline;

import org.bettercaretogether.domain.feedback.FeedbackReference;

import java.time.LocalDate;

/** A view waiting for a partner's answer: the reference the caller was given, what it is about and when it is due. */
public record AwaitingCall(FeedbackReference reference, String about, LocalDate dueOn, boolean overdue) {
}
