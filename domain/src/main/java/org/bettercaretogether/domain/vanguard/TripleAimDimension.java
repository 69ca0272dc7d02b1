package org.bettercaretogether.domain.vanguard;

/**
 * One of the outcomes the programme's "triple aim" pursues together. The aim is called triple after its
 * first three parts; staff morale was added to them.
 */
public enum TripleAimDimension {
    POPULATION_HEALTH("Better population health"),
    QUALITY_OF_CARE("Better quality services"),
    COST("Delivered at a lower cost"),
    STAFF_WELLBEING("Higher staff morale");

    private final String description;

    TripleAimDimension(String description) {
        this.description = description;
    }

    /** How the programme says it to the public. */
    public String description() {
        return description;
    }
}
