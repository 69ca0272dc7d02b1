package org.bettercaretogether.domain.project;

/**
 * Where a project's entry stands: a suggestion from the public waits for review; staff list it (the public then sees
 * it) or decline it; a listed project that stops meeting is closed, and its page says so.
 */
public enum ProjectStatus {
    SUGGESTED("Awaiting review"),
    LISTED("Listed"),
    DECLINED("Declined"),
    CLOSED("Closed");

    private final String title;

    ProjectStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
