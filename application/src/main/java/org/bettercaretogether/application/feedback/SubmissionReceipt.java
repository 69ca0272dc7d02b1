package org.bettercaretogether.application.feedback;

import org.bettercaretogether.domain.feedback.FeedbackReference;

/**
 * What a person is given when their view is received: its reference, and the token of their private tracking link
 * (shown once, stored only as a hash). {@code replayed} says this answers a retry of an earlier request.
 */
public record SubmissionReceipt(FeedbackReference reference, String trackingToken, boolean replayed) {

    @Override
    public String toString() {
        return "SubmissionReceipt[" + reference + ", replayed=" + replayed + "]";
    }
}
