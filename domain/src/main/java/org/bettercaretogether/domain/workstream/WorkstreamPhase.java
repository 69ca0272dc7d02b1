package org.bettercaretogether.domain.workstream;

/** How far a workstream of the service review has come. */
public enum WorkstreamPhase {
    SCOPING("Scoping"),
    ENGAGEMENT("Engaging the public and staff"),
    CONSULTATION("Formal consultation"),
    DECISION("Deciding"),
    IMPLEMENTATION("Putting changes into practice"),
    EVALUATION("Evaluating the changes");

    private final String description;

    WorkstreamPhase(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
