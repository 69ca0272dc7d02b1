package org.bettercaretogether.domain.feedback;

/** How a view reached the programme. Only {@link #ONLINE} views are given by the public themselves. */
public enum Channel {
    ONLINE("Online"),
    MEETING("At a meeting"),
    EMAIL("Email"),
    LETTER("Letter"),
    PHONE("Phone"),
    PAPER_FORM("Paper form"),
    SOCIAL_MEDIA("Social media");

    private final String title;

    Channel(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
