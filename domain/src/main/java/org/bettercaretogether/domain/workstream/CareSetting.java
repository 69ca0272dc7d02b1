package org.bettercaretogether.domain.workstream;

/** Where care is given. */
public enum CareSetting {
    HOSPITAL("In hospital"),
    COMMUNITY("In the community"),
    GP_SURGERY("At GP surgeries"),
    HOME("In people's homes");

    private final String description;

    CareSetting(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
