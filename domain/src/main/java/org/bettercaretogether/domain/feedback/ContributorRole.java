package org.bettercaretogether.domain.feedback;

/** In what capacity a person gives their view. */
public enum ContributorRole {
    PATIENT("Patient"),
    MEMBER_OF_PUBLIC("Member of the public"),
    CLINICIAN("Clinician"),
    NHS_STAFF("NHS staff"),
    ELECTED_MEMBER("Elected member"),
    VOLUNTARY_ORGANISATION("Voluntary organisation"),
    OTHER("Other");

    private final String title;

    ContributorRole(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
