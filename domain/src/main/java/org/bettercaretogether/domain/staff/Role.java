package org.bettercaretogether.domain.staff;

/** What a member of staff may do. A person may hold several roles. */
public enum Role {
    /** Reads the public's views and decides what is published. */
    MODERATOR("Moderator", "Moderates the public's views"),
    /** Writes the official responses to views, for their own partner organisation only. */
    RESPONDER("Responder", "Responds to views on behalf of their own organisation"),
    /** Runs meetings and records priorities and the changes views led to. */
    ENGAGEMENT_OFFICER("Engagement officer", "Runs public meetings, records priorities and changes made"),
    /** Manages staff accounts and keeps the reference data right. */
    ADMIN("Administrator", "Manages staff accounts and the reference data");

    private final String title;
    private final String description;

    Role(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
