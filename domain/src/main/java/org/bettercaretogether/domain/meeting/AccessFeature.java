package org.bettercaretogether.domain.meeting;

/** What a venue offers so that everyone can come. */
public enum AccessFeature {
    STEP_FREE("Step-free access"),
    HEARING_LOOP("Hearing loop"),
    PARKING("Parking"),
    PUBLIC_TRANSPORT("Near public transport");

    private final String title;

    AccessFeature(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
