package org.bettercaretogether.domain.change;

/** How far a change has got. It only ever moves forward. */
public enum ChangeStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    MADE("Made");

    private final String title;

    ChangeStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
