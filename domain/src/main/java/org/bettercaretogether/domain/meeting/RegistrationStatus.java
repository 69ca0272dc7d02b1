package org.bettercaretogether.domain.meeting;

/** Where a registration stands: a place, a place on the waiting list, or given up. */
public enum RegistrationStatus {
    CONFIRMED("Place confirmed"),
    WAITING("On the waiting list"),
    CANCELLED("Cancelled");

    private final String title;

    RegistrationStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
