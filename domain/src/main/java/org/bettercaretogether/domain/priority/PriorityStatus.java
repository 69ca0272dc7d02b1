package org.bettercaretogether.domain.priority;

/** Where a local priority stands. */
public enum PriorityStatus {
    PROPOSED("Proposed"),
    AGREED("Agreed"),
    IN_PROGRESS("In progress"),
    ACHIEVED("Achieved"),
    DROPPED("Dropped");

    private final String title;

    PriorityStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
