package org.bettercaretogether.domain.consultation;

/**
 * Where a consultation stands. Only a draft is set by hand (it stays one until staff schedule it); the rest follows
 * the clock and the publishing of results, so no job has to flip it.
 */
public enum ConsultationState {
    DRAFT("Draft"),
    UPCOMING("Upcoming"),
    OPEN("Open"),
    CLOSED("Closed"),
    RESULTS_PUBLISHED("Results published");

    private final String title;

    ConsultationState(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Whether the public may see a consultation in this state: every state but a draft. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
