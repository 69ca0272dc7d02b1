package org.bettercaretogether.web.feedback;

import org.bettercaretogether.application.feedback.SubmissionReceipt;
import org.bettercaretogether.domain.feedback.FeedbackStatus;

/**
 * The API's answer to a view received: {@code {"reference": "BCT-7KQ3-M9XD", "trackingUrl": "/track/v...",
 * "status": "RECEIVED"}}. The tracking link is private: whoever holds it can follow the view.
 */
public record Receipt(String reference, String trackingUrl, String status) {

    static Receipt of(SubmissionReceipt receipt) {
        return new Receipt(receipt.reference().value(), TrackRoutes.page(receipt.trackingToken()),
                FeedbackStatus.RECEIVED.name());
    }

    @Override
    public String toString() {
        return "Receipt[" + reference + "]";
    }
}
