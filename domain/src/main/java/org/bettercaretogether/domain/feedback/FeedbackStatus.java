package org.bettercaretogether.domain.feedback;

/** Where a view stands, as the person who gave it is told. */
public enum FeedbackStatus {
    RECEIVED("Received, waiting for moderation"),
    PUBLISHED("Published"),
    WITHHELD("Not published"),
    RESPONDED("Answered"),
    CLOSED("Closed");

    private final String title;

    FeedbackStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
