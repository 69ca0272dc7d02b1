package org.bettercaretogether.domain.meeting;

/** Whether a meeting is going ahead. */
public enum MeetingStatus {
    SCHEDULED("Scheduled"),
    CANCELLED("Cancelled");

    private final String title;

    MeetingStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
